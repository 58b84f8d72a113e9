# A StopIteration escaping a generator body becomes RuntimeError (PEP 479).
def leaky():
    it = iter([1])
    yield next(it)
    yield next(it)
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", type(e.__cause__).__name__)
def safe():
    it = iter([1])
    yield next(it)
    yield next(it, "default")
print(list(safe()))
