# float() from ints, strings and floats.
print(float(), float(3), float(-7), float(2 ** 60))
print(float("1.5"), float("  -2.25 "), float("1e3"), float("1E-3"), float(".5"), float("5."))
print(float("inf"), float("-Infinity"), float("1_000.5"))
print(float(True), float(1.25))
for bad in ("", "abc", "1.2.3", "1e"):
    try:
        float(bad)
    except ValueError:
        print("ValueError", repr(bad))
print(int(float("12.99")), int(-0.5))
