# small: loops whose values grow until the first step past the small-int range raises OverflowError; in-range
# work is exact.
import sys
MAX = sys.maxsize
def fact_until_overflow():
    n, f = 1, 1
    try:
        while n < 100:
            f *= n + 1
            n += 1
    except OverflowError:
        return f <= MAX, f > MAX // (n + 1)
print(fact_until_overflow())
a, b, n = 0, 1, 0
try:
    while n < 200:
        a, b = b, a + b
        n += 1
except OverflowError as e:
    print("fib stopped:", e, a <= MAX and b <= MAX)
h = 0
for c in "the quick brown fox jumps over the lazy dog":
    h = (h * 31 + ord(c)) % 1000003
print("hash", h)
total = sum(i * i for i in range(1, 1001))
print(total, total == 1000 * 1001 // 2 * 2001 // 3)
x = 2 ** 20
print(x * 1000, x * 1000 // 1000, (x << 5) >> 5, -x // 3, -x % 7, x | (x >> 1), x - 2 ** 21)
print(list(range(MAX - 2, MAX + 0)) == [MAX - 2, MAX - 1], len(range(MIN, MIN + 5)) if (MIN := -MAX - 1) else 0)
try:
    r = range(-MAX - 1, MAX)
    print(len(r))
except OverflowError as e:
    print("len(range)", type(e).__name__)
