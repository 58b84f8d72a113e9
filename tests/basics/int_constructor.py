# int() from strings in bases, floats, bools and other ints.
print(int(), int(0), int(-7), int(True))
print(int("42"), int(" -17 "), int("+5"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("z", 36), int("11", 2), int("-101", 2))
print(int(3.9), int(-3.9), int(1e20))
print(int("123456789012345678901234567890"))
print(int("  12  "), int("Zz", 36))
for bad in ("", "abc", "1.5", "0x", "1__0"):
    try:
        int(bad)
    except ValueError:
        print("ValueError", repr(bad))
try:
    int("12a")
except ValueError as e:
    print(e)
