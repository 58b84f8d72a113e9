# Conversions between int and float: truncation, round(), large values.
print(int(2.999), int(-2.999), int(1e15), float(10 ** 15))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.25, 1), round(1.23456, 3), round(-1.5), round(7))
print(round(1234.5678, -2), round(15, -1), round(25, -1), round(1234, -2))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(5, 1)).__name__)
print(3 * 1.5, 10 // 3.0, 10 % 3.0, 2 ** 10 / 1024)
print(7 // 2 * 2.0, 1 / 4 + 3)
print(float(2 ** 53) == 2 ** 53, float(2 ** 53 + 1) == 2 ** 53 + 1)
