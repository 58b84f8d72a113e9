# Comparisons between ints, big ints, and with floats and bools.
print(1 < 2, 2 < 1, 3 <= 3, 4 >= 5, 5 == 5, 5 != 5)
print(-1 < 0, 2 ** 100 > 2 ** 99, -(2 ** 100) < -(2 ** 99))
print(2 ** 64 == 2 ** 64, 2 ** 64 == 2 ** 64 + 0.0)
print(1 == 1.0, 1 < 1.5, 2 > 1.999, 0 == -0.0)
print(True == 1, False == 0, True + True, True > False)
print(max(3, -2, 17, 4), min(3, -2, 17, 4))
print(10 ** 20 > 1e19, 10 ** 20 < 1e21)
