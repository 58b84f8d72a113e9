# Values around 31-, 32-, 63- and 64-bit boundaries must behave like any other int.
for bits in (30, 31, 32, 62, 63, 64):
    m = 2 ** bits
    print(bits, m - 1, m, m + 1, -m, -m - 1)
    print((m - 1) + 1 == m, m * 2 // 2 == m, (m + 1) - 2 == m - 1, -m // 1 == -m)
x = 2 ** 62 - 1
x += x
print(x, x - x, type(x).__name__)
print(0x3FFFFFFF + 1, 0x7FFFFFFF * 2, -0x40000000 - 1)
