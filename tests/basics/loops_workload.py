# Tight while/for loops over small ints with locals and comparisons (loops benchmark area).
def work(n):
    total = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            total += i
        elif i & 1:
            total -= 1
        i += 1
    for j in range(n):
        total ^= j
    return total
print(work(1000), work(30001), work(0), work(1))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(k) for k in range(15)], fib(18))
