# __eq__ and __hash__: value objects in dicts, and __eq__ without __hash__ makes instances unhashable.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
d = {Key(1, 2): "first"}
d[Key(1, 2)] = "replaced"
d[Key(2, 1)] = "other"
print(len(d), d[Key(1, 2)], Key(1, 2) == Key(1, 2), Key(1, 2) != Key(1, 3), Key(1, 2) == (1, 2))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError:
    print("TypeError unhashable")
print(EqOnly() == 5, EqOnly() != 5, 5 == EqOnly())
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p))
class NE:
    def __eq__(self, o):
        return "custom-eq"
print(NE() == 1, NE() != 1)
