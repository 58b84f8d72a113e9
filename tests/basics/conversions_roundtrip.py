# Round trips between str, int, float, list, tuple and dict.
for v in [0, -17, 2 ** 70, 255]:
    print(v, int(str(v)) == v, int(hex(v), 16) == v, int(oct(v), 8) == v, int(bin(v), 2) == v)
for f in [0.5, -2.25, 1e10, 0.1]:
    print(f, float(str(f)) == f, float(repr(f)) == f)
lst = [3, 1, 2]
print(list(tuple(lst)) == lst, tuple(list((1,))) == (1,))
d = {"a": 1, "b": 2}
print(dict(list(d.items())) == d, dict(zip(d.keys(), d.values())) == d)
print(list("abc"), "".join(list("abc")), str(list("ab")))
print(int(float("3.0")), float(int("3")), str(float(2)), bool(int("0")))
