# Floor division rounds toward negative infinity.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 3), (-1, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b)
print(-1 // 10 ** 20, 10 ** 20 // -3, -(10 ** 20) // 7)
print(-2 ** 40 // 3, 2 ** 40 // -3)
