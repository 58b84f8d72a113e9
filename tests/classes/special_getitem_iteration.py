# Old-style iteration through __getitem__ until IndexError; `in` falls back to iteration.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * i
print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5))
for v in Squares(3):
    print(v)
a, b, c = Squares(3)
print(a, b, c, sum(Squares(4)), sorted(Squares(3), reverse=True))
class Slicer:
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return ("slice", idx.start, idx.stop, idx.step)
        return ("index", idx)
s = Slicer()
print(s[3], s[-1], s[1:5], s[::2], s["key"])
