# Arithmetic in binary32: every result rounded once to binary32, and ints converted exactly or correctly rounded.
a = 0.1
b = 0.2
print(a + b, a * b, a - b, a / b, b / a)
print(1.0 / 3.0 * 3.0, 16777216.0 + 1.0, 16777216.0 + 2.0, 0.1 * 10)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, divmod(7.5, -2))
print(1 / 3, 10 / 4, 2 ** 24 / 3, (2 ** 24 + 1) / 1)
print(float(2 ** 24 + 1), float(2 ** 24 + 3), float(10 ** 20), float(-(10 ** 30)))
print(10 ** 40 / 10 ** 39, (10 ** 50 + 1) / 10 ** 49)
try:
    float(10 ** 39)
except OverflowError as e:
    print("OverflowError", e)
print(int(3.4028235e38))
print(int(16777217.0), int(-1.5e10), int(0.9999999))
print(16777216 == 16777216.0, 16777217 == 16777217.0, 16777217 > 16777217.0, 2 ** 100 == 2.0 ** 100)
n = 16777217  # int/float comparisons are exact: the int is not rounded to binary32 first
print(n == float(n), n > float(n), n - 1 == float(n), float(n) < n, 33554433 != 33554432.0, -n < -float(n))
print(hash(16777216.0) == hash(16777216), hash(0.5) == hash(0.5), {2.0: "two"}[2])
print(1e38 + 1e38, -(1e38 * 10), 0.0 * -1, abs(-2.5))
