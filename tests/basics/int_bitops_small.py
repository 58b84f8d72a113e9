# Bitwise operators and shifts on small integers.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(a << 2, a >> 2, 1 << 0, -16 >> 2, -1 >> 10)
print(-5 & 0xFF, -5 | 2, -5 ^ 3)
print(5 & -5, 12 & ~4)
x = 0xF0
x &= 0x3C
print(x)
x |= 1
print(x)
x ^= 0xFF
print(x)
x <<= 3
print(x)
x >>= 1
print(x)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4))
