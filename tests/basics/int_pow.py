# Integer powers, three-argument pow, negative exponents give floats.
print(2 ** 0, 2 ** 1, 2 ** 30, 2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64)
print((-2) ** 3, (-2) ** 4, (-1) ** 101)
print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 1000007))
print(pow(7, 0, 13), pow(-3, 3, 7), pow(10 ** 30, 3, 97))
print(2 ** -1, 10 ** -2, pow(4, -1))
print(0 ** 5, 1 ** 1000, 3 ** 40)
x = 3
x **= 5
print(x)
