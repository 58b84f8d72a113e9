# Generator functions: lazy execution, state between yields, exhaustion.
def gen():
    print("  started")
    yield 1
    print("  resumed once")
    yield 2
    print("  finishing")
g = gen()
print("created", type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "still exhausted"))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), list(countdown(0)), sum(countdown(100)))
for v in countdown(2):
    print("loop", v)
