# Exceptions raised in a generator propagate to the consumer and finish the generator.
def faulty():
    yield 1
    raise ValueError("inside generator")
    yield 2
g = faulty()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught:", e)
print(next(g, "finished"))
def guarded(items):
    for x in items:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
print(list(guarded([5, 0, 2])))
def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("generator finally ran")
for v in with_finally():
    print(v)
    break
print("after break")
