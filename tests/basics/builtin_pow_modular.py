# pow() with three arguments: modular exponentiation, negative exponents as modular inverses.
print(pow(3, 200, 7), pow(-3, 3, 5), pow(3, 3, -5), pow(0, 0, 7), pow(5, 0, 1))
print(pow(2, -1, 7), pow(3, -2, 10), pow(-3, -1, 7), pow(3, -1, -7), pow(1, -5, 2))
print(pow(2 ** 100 + 1, -1, 10 ** 30 + 7), pow(7, -3, 2 ** 70), pow(12345678901234567890, 98765, 10 ** 20 + 39))
for a in range(1, 11):
    print(a, pow(a, -1, 11), a * pow(a, -1, 11) % 11)
for bad in [(2, -1, 4), (0, -1, 5), (6, -2, 9)]:
    try:
        pow(*bad)
    except ValueError as e:
        print(bad, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError")
try:
    pow(2, 3.0, 5)
except TypeError:
    print("TypeError")
