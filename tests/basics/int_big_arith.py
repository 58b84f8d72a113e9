# Arbitrary precision: results past the machine word.
a = 2 ** 100
print(a)
print(a + 1, a - 1, a * a)
print(a // 3, a % 3, -a)
b = 12345678901234567890123456789
print(b * b)
print(b - b, b + -b, b // b)
print(a > b, a < b, a == 2 ** 100, a != a + 1)
c = 1
for i in range(1, 31):
    c *= i
print(c)
print(c // (2 ** 20), c % 1000000007)
print(int("9" * 40) + 1)
