# Infinite generators consumed partially with break, zip and next.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for n in naturals():
    if n > 5:
        break
    out.append(n)
print(out)
print(list(zip("abc", naturals())))
def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
def primes():
    found = []
    for n in naturals():
        if n >= 2 and all(n % p for p in found):
            found.append(n)
            yield n
print(take(10, primes()))
squares = (n * n for n in naturals())
print(take(5, squares), take(2, squares))
