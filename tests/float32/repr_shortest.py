# repr of binary32 floats: the shortest text that reads back as the same binary32 value.
print(0.1, 0.2, 0.3, 0.5, 100.0, -0.0, 1e10, 1e16, 1.5e-07)
print(1 / 3, 2 / 3, 0.1 + 0.2, 1.1 * 3, 1 / 7)
print(16777216.0, 16777217.0, 16777218.0, 16777219.0)
print(123456789.0, 3.14159265358979, 2.718281828459045)
print(3.4028235e38, 3.5e38, -3.5e38, 1.1754944e-38, 1.4e-45, 7e-46)
print(1e38 * 10, -1e38 * 10, (1e38 * 10) - (1e38 * 10))
for x in (0.1, 1 / 3, 1e-45, 3.4028235e38, 16777216.0):
    print(float(repr(x)) == x, str(x) == repr(x))
