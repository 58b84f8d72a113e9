# Lambdas: defaults, varargs, closures, immediately invoked, in data structures.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda: "no args")(), (lambda *a, **k: (a, k))(1, 2, x=3))
ops = {"+": lambda x, y: x + y, "*": lambda x, y: x * y}
print(ops["+"](3, 4), ops["*"](3, 4))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=lambda p: p[1]))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda x: (lambda y: x * y))(6)(7))
f = lambda n: 1 if n <= 1 else n * f(n - 1)
print(f(10), f.__name__)
print(list(map(lambda s: s.upper(), ["a", "b"])), list(filter(lambda v: v % 3 == 0, range(10))))
