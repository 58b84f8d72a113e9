# Generators keep locals between resumptions; several generators are independent.
def running_total():
    total = 0
    while True:
        x = yield total
        total += x
a = running_total()
b = running_total()
next(a)
next(b)
for v in (1, 2, 3):
    print(a.send(v), b.send(v * 100))
def fib_pairs():
    a, b = 0, 1
    while True:
        yield a, b
        a, b = b, a + b
f = fib_pairs()
for _ in range(5):
    print(next(f))
def two_loops():
    for i in range(2):
        for j in range(2):
            yield i, j
print(list(two_loops()))
