# Bit operations on big integers, including negatives.
a = 2 ** 100 + 0xFF
b = 2 ** 90 - 1
print(a & b, a | b, a ^ b)
print(a >> 64, a >> 200, a << 10)
print(~a, -a >> 1, -a & 0xFFFF)
print((-1) & (2 ** 80 - 1))
print(-(2 ** 70) | 5, -(2 ** 70) ^ -1)
print(1 << 100 >> 99, (1 << 64) - 1 == 0xFFFFFFFFFFFFFFFF)
print(hex(2 ** 70), bin(2 ** 65 + 3), oct(-(2 ** 66)))
