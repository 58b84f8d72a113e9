# len of every core container and of user classes with __len__.
print(len(""), len("abc"), len("€€"), len(b"ab\x00"), len([]), len([1, [2, 3]]))
print(len(()), len((1,)), len({}), len({1: 2, 3: 4}), len(range(10)), len(range(5, 0, -2)))
d = {"a": 1}
print(len(d.keys()), len(d.values()), len(d.items()))
class Box:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Box(0)), len(Box(42)), bool(Box(0)), bool(Box(1)))
for bad in (5, 2.5, None):
    try:
        len(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
