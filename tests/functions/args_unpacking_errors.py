# Argument binding errors all raise TypeError; messages are not compared.
def f(a, b, *, c):
    return a, b, c
cases = [
    ((1,), {"c": 3}),
    ((1, 2, 3), {"c": 3}),
    ((1, 2), {}),
    ((1, 2), {"c": 3, "d": 4}),
    ((1,), {"a": 1, "c": 3}),
    ((1, 2), {"c": 3}),
]
for args, kwargs in cases:
    try:
        print("ok", f(*args, **kwargs))
    except TypeError:
        print("TypeError", args, sorted(kwargs))
try:
    f(*5)
except TypeError:
    print("TypeError: * needs an iterable")
try:
    f(1, 2, **[("c", 3)])
except TypeError:
    print("TypeError: ** needs a mapping")
