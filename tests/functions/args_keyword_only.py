# Keyword-only arguments (after * or *args) and positional-only (before /).
def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key=2), f(1, flag=True, key=3))
try:
    f(1, 2)
except TypeError:
    print("TypeError: key is keyword-only")
try:
    f(1)
except TypeError:
    print("TypeError: key missing")
def g(*args, sep=", ", end="!"):
    return sep.join(str(a) for a in args) + end
print(g(1, 2, 3), g(1, 2, sep="+"), g(end="?"))
def p(a, b, /, c, *, d):
    return a, b, c, d
print(p(1, 2, 3, d=4), p(1, 2, c=3, d=4))
try:
    p(1, b=2, c=3, d=4)
except TypeError:
    print("TypeError: b is positional-only")
def q(x, /, **kw):
    return x, kw
print(q(1, x=2))
