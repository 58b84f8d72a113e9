# Mixing ints with bools in arithmetic and containers.
print(True + True + True, True * 3.5, 10 - False, True / 2, True // 1, -True)
print(True == 1, False == 0, 1 in [True], True in [1])
print([0, 1, 2][True], "ab"[False], {1: "one"}[True])
print(sum([True] * 10), max(False, 0, -1), sorted([True, 0, -1, False, 2]))
print(int(True) + int(False), str(True + 0), isinstance(True + 0, bool))
print(True & 2, True | 2, True ^ 1, True << 4)
