# Numeric builtins: abs, divmod, pow, round on ints and floats.
print(abs(-3), abs(3), abs(-3.5), abs(0), abs(-(2 ** 90)), abs(True))
print(divmod(9, 4), divmod(-9, 4), divmod(9.5, 2), divmod(2 ** 70, 10 ** 9))
print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(9, 0.5), pow(5, 3, 7))
print(round(3.14159, 2), round(-0.5), round(1.5), round(2.5), round(12345, -2))
print(round(3.7), round(-3.7), type(round(3.7)).__name__)
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
