# Positional and keyword arguments, defaults, and argument errors.
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2), f(1, 2, 5), f(1, 2, d=7), f(c=0, b=1, a=2), f(*[1, 2, 3, 4]))
print(f(1, *(2,), **{"d": 8}))
for call in (lambda: f(1), lambda: f(1, 2, 3, 4, 5), lambda: f(1, 2, e=5), lambda: f(1, a=1)):
    try:
        call()
    except TypeError:
        print("TypeError")
def no_args():
    return "none"
print(no_args())
def many(a, b, c, d, e, f, g, h):
    return a + b + c + d + e + f + g + h
print(many(1, 2, 3, 4, 5, 6, 7, 8), many(*range(8)))
