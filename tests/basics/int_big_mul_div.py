# Multiplication and division of large numbers, checked by identities.
a = 3 ** 200 + 17
b = 7 ** 150 - 5
p = a * b
print(p // a == b, p // b == a, p % a, p % b)
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b)
q, r = divmod(-a, b)
print(q * b + r == -a, 0 <= r < b)
print((a + b) ** 2 == a * a + 2 * a * b + b * b)
print(a ** 3 // a ** 2 == a, (a * a - b * b) == (a - b) * (a + b))
print(len(str(p)), str(p)[:15])
x = 10 ** 50
print(x // 7, x % 7, (-x) // 7, (-x) % 7)
print(12345678901234567890 * 98765432109876543210)
