# Merging dicts: update, {**a, **b}, the | and |= operators.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b}, {**b, **a})
print(a | b, b | a)
c = dict(a)
c |= b
print(c)
c.update(w=0)
c.update([("v", -1)])
print(c, len(c))
print(a, b)
nested = {"cfg": {"debug": False}}
merged = {**nested, "cfg": {**nested["cfg"], "debug": True}}
print(nested, merged)
