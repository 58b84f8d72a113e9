# Dict equality ignores order; truthiness and len.
a = {"a": 1, "b": 2}
b = {"b": 2, "a": 1}
print(a == b, list(a) == list(b), a != {"a": 1}, {} == {}, {1: 1} == {1.0: 1})
print(bool({}), bool({0: 0}), len({}), len(a))
print({"k": [1, 2]} == {"k": [1, 2]}, {"k": (1,)} == {"k": [1]})
print(a.keys() == b.keys(), list(a.values()) == list(b.values()))
try:
    {1: 2} < {1: 3}
except TypeError:
    print("TypeError: dicts are not ordered")
