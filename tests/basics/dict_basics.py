# Dict creation, lookup, update, deletion and insertion order.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), d["a"], "c" in d, "z" in d, "z" not in d)
del d["a"]
print(d)
d["a"] = 0
print(list(d), d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), (1, 2)]), dict({"m": 1}, n=2))
print({}, {1: {2: {3: 4}}}, {(1, 2): "tuple key", None: 0, 2.5: "float"})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del d["missing"]
except KeyError:
    print("KeyError on del")
e = {i: i * i for i in range(5)}
print(e == {0: 0, 1: 1, 2: 4, 3: 9, 4: 16}, e != {}, {1: 2} == {1: 2.0})
