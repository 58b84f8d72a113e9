# A custom __hash__ that collides: dict still separates keys by __eq__.
class Colliding:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Colliding) and self.name == other.name
    def __repr__(self):
        return self.name
d = {}
for n in ["a", "b", "c", "a"]:
    d[Colliding(n)] = d.get(Colliding(n), 0) + 1
print(d, len(d))
del d[Colliding("b")]
print(d, Colliding("b") in d, Colliding("c") in d)
calls = []
class Counted:
    def __hash__(self):
        calls.append("hash")
        return 1
k = Counted()
d2 = {k: 1}
d2[k]
print(len(calls) >= 2)
