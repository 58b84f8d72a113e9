# TypeError from operations on unsuitable types (only the exception type is checked).
five = 5
key = ""
def set_item():
    s = "s"
    s[0] = "x"
ops = [
    ("str + int", lambda: "a" + 1),
    ("int + None", lambda: 1 + None),
    ("call int", lambda: five()),
    ("index with str", lambda: [1][key]),
    ("unhashable key", lambda: {[]: 1}),
    ("len of int", lambda: len(3)),
    ("iterate int", lambda: [x for x in 7]),
    ("unpack int", lambda: [a for a, b in [1]]),
    ("str item assignment", set_item),
    ("compare list<int", lambda: [] < 1),
    ("negate str", lambda: -"s"),
    ("int of list", lambda: int([1])),
]
for name, op in ops:
    try:
        op()
        print(name, "no error")
    except TypeError:
        print(name, "TypeError")
