# Numeric literal edges: zero forms, very long literals, underscores between digits only.
print(0, 0x0, 0o0, 0b0, 0.0, 0e0, 0_0_0)
print(1_2.3_4e1_0, 0x_1_F, 0o_1_7, 0b_1_1)
print(123456789012345678901234567890123456789)
print(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF, 0b1111111111111111111111111111111111111111111111111111111111111111)
print(1e-300 * 1e-300 == 0.0, 1e308 > 0, 2.5e-3)
print(type(0x10).__name__, type(1e1).__name__, type(10).__name__)
print(-0 == 0, 0.0 == -0.0, 1_000 + 1_000)
print(1 .__add__(2), 1.5.__add__(1), (255).__index__())
