# Default expressions run once at def time, in definition order; later defaults may use earlier globals.
log = []
def make(tag):
    log.append(tag)
    return tag
def f(a=make("a"), b=make("b"), *, c=make("c")):
    return a, b, c
print(log)
print(f(), f(1), f(c=3), log)
def g(x, y=None, z=[]):
    z.append(x)
    return len(z)
print(g(1), g(2), g(3, z=[]), g(4))
base = 10
def h(v=base * 2):
    return v
base = 99
print(h())
