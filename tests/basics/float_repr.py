# repr/str of common float values: shortest round-tripping form.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e16, 1.5e-7,
        123456.789, 1e22, 1e-5, 0.0001, 12345678.9, 3.14159, 2.5e100]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(1e308 * 10, -1e308 * 10)
