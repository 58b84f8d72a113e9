# float() of large ints, int() of large floats, and equality between them.
for e in (10, 30, 52, 53, 60, 100):
    v = 2 ** e
    print(e, float(v), int(float(v)) == v)
print(int(1e18), int(1.5e20), int(-2.5e15))
print(float(10 ** 20) == 1e20, 10 ** 20 == 1e20, 10 ** 16 + 1 == 1e16)
print(int(123.999), int(-0.9), int(5e-1), float(-0))
print(3.0 == 3, hash(3.0) == hash(3), {3.0: "x"}[3])
try:
    int(float("inf"))
except OverflowError:
    print("OverflowError")
try:
    int(float("nan"))
except ValueError:
    print("ValueError")
