# long_long: workloads whose ints grow past 2**31 and 2**53 but stay in int64 give exact results; the first step
# past int64 raises OverflowError.
def fact_until_overflow():
    n, f = 1, 1
    try:
        while n < 200:
            f *= n + 1
            n += 1
    except OverflowError:
        return n, f
print(fact_until_overflow())
a, b, n = 0, 1, 0
try:
    while n < 200:
        a, b = b, a + b
        n += 1
except OverflowError:
    print("fib", n, a, b)
h = 0
for c in "the quick brown fox jumps over the lazy dog":
    h = (h * 16777619 + ord(c)) % 2 ** 32
print("hash", h)
total = sum(i * i * i for i in range(1, 10001))
print(total, total == (10000 * 10001 // 2) ** 2)
x = 2 ** 40
print(x * 1000, x * 1000 // 1000, x ** 1, (x << 20) >> 20, -x // 3, -x % 7, x | (x >> 1), x - 2 ** 41)
s = 0
for i in range(2 ** 33, 2 ** 33 + 5):
    s += i
print(s, list(range(2 ** 62, 2 ** 62 + 3)), len(range(0, 2 ** 40, 2 ** 20)))
