# Lambdas with default arguments, keyword-only and star parameters, and scope capture.
f = lambda a, *rest, k=1, **kw: (a, rest, k, sorted(kw))
print(f(1), f(1, 2, 3, k=4, z=5))
g = lambda *, only: only * 2
print(g(only=21))
x = 10
h = lambda: x
x = 20
print(h())
make = lambda n: [lambda: n * i for i in range(3)]
print([fn() for fn in make(2)])
print((lambda: (yield_like := 5) + yield_like)())
