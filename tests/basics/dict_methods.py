# The dict methods.
d = {"one": 1, "two": 2}
print(d.get("one"), d.get("three"), d.get("three", 3))
print(d.setdefault("two", 0), d.setdefault("three", 33), d)
print(d.pop("one"), d.pop("nine", "dflt"), d)
try:
    d.pop("nine")
except KeyError:
    print("KeyError")
d.update({"four": 4})
d.update([("five", 5)], six=6)
print(d)
print(d.popitem(), d)
c = d.copy()
d.clear()
print(d, c, len(c))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))
try:
    {}.popitem()
except KeyError:
    print("KeyError empty")
