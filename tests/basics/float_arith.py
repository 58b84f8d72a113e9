# Float arithmetic and int/float mixing.
a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(1 + 2.0, 3 * 0.5, 7 / 2, 8 / 2, -7 / 2, 2 ** 0.5 * 2 ** 0.5 > 1.999)
print(type(1 + 1.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__)
print(0.5 + 0.25, 1e10 + 1, 1.5 * 4, 10 / 4)
x = 1.0
for i in range(10):
    x *= 1.5
print(x)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(abs(-2.5), -(-1.25), +3.0)
print(2 ** -2, 4 ** 0.5, 1.5 ** 2)
