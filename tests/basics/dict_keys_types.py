# Keys of different hashable types; unhashable keys raise TypeError.
d = {1: "int", "1": "str", (1,): "tuple", 2.5: "float", True: "bool?", None: "none", -7: "neg"}
print(d)
print(d[1], d["1"], d[(1,)], d[2.5], d[None])
big = 2 ** 80
d[big] = "big"
print(d[2 ** 80], d.get(2 ** 80 + 1))
for bad in ([1], {}):
    try:
        d[bad] = 0
    except TypeError:
        print("TypeError", type(bad).__name__)
class K:
    pass
k1, k2 = K(), K()
d2 = {k1: "first", k2: "second"}
print(d2[k1], d2[k2], len(d2))
