# PEP 479: StopIteration raised inside a generator becomes RuntimeError with the StopIteration as cause.
def explicit():
    yield 1
    raise StopIteration("leaked")
g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print(type(e.__cause__).__name__, e.__cause__.args)
print(next(g, "finished"))
def via_next():
    it = iter([1])
    yield next(it)
    yield next(it)
try:
    list(via_next())
except RuntimeError as e:
    print("RuntimeError from next():", type(e.__cause__).__name__)
def caught_inside():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught inside is fine"
print(list(caught_inside()))
def returns_value():
    yield 1
    return 5
g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return ->", e.value)
def subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop
try:
    list(subclass())
except RuntimeError as e:
    print("subclass too:", type(e.__cause__).__name__)
