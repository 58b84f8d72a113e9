# Parsing and formatting ints in bases 2..36 with int(s, base) and format specs.
n = 123456789
for base in (2, 8, 10, 16, 36):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    v, s = n, ""
    while v:
        v, r = divmod(v, base)
        s = digits[r] + s
    print(base, s, int(s, base) == n)
print(format(n, "b")[:10], format(n, "o"), format(n, "x"), format(n, "X"), format(n, "#010x"))
print(int("-0b1010", 0), int("0O17", 0), int("0X1f", 16), int("1_0", 2), int("z" * 3, 36))
