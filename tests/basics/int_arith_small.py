# Basic arithmetic on small integers.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b, a / b)
print(b - a, -a, +a, -(-a))
print(a ** 2, b ** 0, 0 ** 0, 2 ** 10)
print(a * 0, 0 - a, a - a)
x = 7
x += 3
print(x)
x -= 20
print(x)
x *= -3
print(x)
x //= 4
print(x)
x %= 4
print(x)
x **= 3
print(x)
print(1 + 2 * 3 - 4 // 2, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2)
