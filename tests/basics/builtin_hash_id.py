# hash() consistency and id() identity, without printing either value.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(hash(42) == hash(42), hash((1, "x")) == hash((1, "x")), hash("k") == hash("k"))
print(hash(1) == hash(1.0), hash(-5) == hash(-5), type(hash("s")).__name__)
for bad in ([1], {"a": 1}):
    try:
        hash(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
class Obj:
    pass
o = Obj()
print(hash(o) == hash(o), id(o) == id(o), o is o, Obj() is Obj())
print(hash(None) == hash(None), hash(True) == 1)
