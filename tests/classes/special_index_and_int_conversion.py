# __index__ lets objects be used as list indices and in range(); __int__/__float__ for conversions.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
data = list("abcdef")
print(data[Idx(2)], data[Idx(-1)], data[Idx(1):Idx(4)], list(range(Idx(3))), "xyz"[Idx(0)])
print(int(Num()), float(Num()), hex(Idx(255)), bin(Idx(5)))
try:
    data[Num()]
except TypeError:
    print("TypeError: __int__ is not enough for indexing")
