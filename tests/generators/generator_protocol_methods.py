# A generator is its own iterator: iter(g) is g, __next__ works, and it cannot be rewound.
def g():
    yield "a"
    yield "b"
gen = g()
print(iter(gen) is gen, gen.__next__(), next(gen), list(gen), list(gen))
print(hasattr(gen, "send"), hasattr(gen, "throw"), hasattr(gen, "close"))
def gen_fn():
    yield 1
print(type(gen_fn).__name__, type(gen_fn()).__name__)
a = gen_fn()
b = gen_fn()
print(a is not b, next(a), next(b))
