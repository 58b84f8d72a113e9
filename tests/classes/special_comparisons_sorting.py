# __lt__ and friends; sorting user objects; reflected comparison and NotImplemented.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "0.9.9", "1.2.1", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs))
print(Version("2.0") > Version("1.9"), Version("1.0") < Version("1.0"))
class Weight:
    def __init__(self, w):
        self.w = w
    def __le__(self, other):
        return self.w <= other.w
    def __ge__(self, other):
        return self.w >= other.w
print(Weight(1) <= Weight(2), Weight(1) >= Weight(2), Weight(3) >= Weight(3))
class NoOrder:
    pass
try:
    NoOrder() < NoOrder()
except TypeError:
    print("TypeError")
try:
    sorted([NoOrder(), NoOrder()])
except TypeError:
    print("TypeError sorting")
