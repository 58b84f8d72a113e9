# Negative big integers: floor division, modulo, shifts and comparisons.
n = -(2 ** 100) - 3
print(n // 2, n % 2, n // -2, n % -2)
print(n >> 1, n >> 99, n >> 200, n << 3)
print(n // 10 ** 20, n % 10 ** 20)
print(abs(n) > 2 ** 100, n < -(2 ** 100), -n - 3 == 2 ** 100)
print(n & 0xFFFF, n | 0xFF, n ^ -1)
print(divmod(n, 12345), divmod(n, -12345))
