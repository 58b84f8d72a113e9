# Truth value of every core type, used by if, while, not, and, or and bool().
values = [None, False, True, 0, 1, -1, 0.0, 0.5, -0.0, 2 ** 100, "", " ", "0", b"", b"\x00",
          (), (0,), [], [[]], {}, {0: 0}, range(0), range(1), object()]
for v in values:
    t = "truthy" if v else "falsy"
    print(type(v).__name__, t, bool(v) == (not not v))
print([v for v in [0, 1, "", "a", None, [], [0]] if v])
