# ValueError from conversions and lookups with bad values.
ops = [
    ("int('x')", lambda: int("x")),
    ("float('x')", lambda: float("x")),
    ("list.index", lambda: [1].index(2)),
    ("list.remove", lambda: [].remove(0)),
    ("str.index", lambda: "abc".index("d")),
    ("unpack too many", lambda: [(a, b) for a, b in [(1, 2, 3)]]),
    ("int base", lambda: int("12", 1)),
    ("range step 0", lambda: range(0, 1, 0)),
    ("chr range", lambda: chr(-1)),
    ("split empty sep", lambda: "a".split("")),
]
for name, op in ops:
    try:
        op()
        print(name, "no error")
    except ValueError:
        print(name, "ValueError")
