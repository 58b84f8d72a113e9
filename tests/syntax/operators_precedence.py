# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, (-3) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 ** 2 ** 3)
print(1 + 2 << 1, 1 << 2 + 1, 6 & 3 | 8, 6 ^ 3 & 1, 1 | 2 ^ 3)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(1 < 2 == 2, 3 > 2 > 1, 1 < 3 < 2, 1 == 1 != 2)
print(True or False and False, (True or False) and False)
print(-~5, ~-5, - - 5, +-5, not not 5)
print(7 // 2 * 2 + 7 % 2, 2 * 3 % 4, 2 + 3 if False else 4, 1 if 2 else 3 if 4 else 5)
print("a" + "b" * 2, ("a" + "b") * 2, [1] + [2] * 2)
t = 3
print(5 in [5] == True, (5 in [5]) == True, t is not None, not t is None)
x = 5
print(x > 3 and x < 10 or x == 0, (lambda: 0 if x else 1)(), x < 3 or x)
