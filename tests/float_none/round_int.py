# round() of ints, abs, and the other int-only numeric builtins.
print(round(7), round(-7), round(True))
print(round(1234, 0), round(1234, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(2 ** 70, -20))
print(type(round(5)), type(round(5, 1)))
print(abs(-5), abs(2 ** 80 * -1), abs(False))
print(min(3, 1, 2), max([4, 9, 1]), sum(range(101)), sum([1, 2], 10))
print(int("42"), int("-0x1f", 16), int("z", 36), int(" 12 "), int(True))
for bad in ["1.5", "1e3", "inf", "nan"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
print(hex(255), oct(8), bin(5), str(-12), repr(10 ** 20))
print(hash(1) == hash(True), hash(-1), hash(2 ** 64) == hash(2 ** 64))
print(sorted([3, -1, 2 ** 65, 0]), 5 > 3, 2 ** 65 > 2 ** 64, -3 < -2)
print(divmod(-2 ** 65, 7))
