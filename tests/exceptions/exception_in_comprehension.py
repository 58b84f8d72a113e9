# Exceptions inside comprehensions and generator expressions propagate normally.
def inv(x):
    return 1 / x
try:
    print([inv(x) for x in [1, 2, 0, 4]])
except ZeroDivisionError:
    print("ZeroDivisionError from list comprehension")
g = (inv(x) for x in [4, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    print("ZeroDivisionError from generator expression")
print(next(g, "exhausted after error"))
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError:
    print("ValueError unpacking in dict comprehension")
safe = [r for r in (inv(x) if x else None for x in [2, 0, 4]) if r is not None]
print(safe)
