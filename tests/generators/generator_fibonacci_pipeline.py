# Generators chained into pipelines (the generators benchmark's area).
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, (a + b) % 1000003
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def scaled(src, k):
    for x in src:
        yield x * k
print(list(evens(fib(20))))
print(sum(scaled(evens(fib(200)), 3)))
pairs = list(zip(evens(fib(30)), map(lambda v: v + 1, evens(fib(30)))))
print(len(pairs), pairs[:4])
scale = lambda k: (lambda v: v * k)
f = scale(5)
print(max(f(v) for v in evens(fib(100))), any(v > 999990 for v in fib(2000)))
