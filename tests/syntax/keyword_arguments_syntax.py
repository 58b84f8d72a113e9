# Call syntax: keyword args, unpacking in calls in any order, trailing commas.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(1, 2,))
print(f(a=1, b=2,))
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}, z=3, **{"w": 4}))
print(f(
    "multi",
    "line",
    key="value",
))
def g(a, b=2, *, c=3):
    return a, b, c
print(g(1,), g(a=0, c=9), g(1, 2, c=4,))
