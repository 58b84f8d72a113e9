# frozenset: construction, hashing, operators mixed with set (result type follows the left operand), repr.
f = frozenset([3, 1, 2, 1])
print(len(f), 2 in f, 5 in f, sorted(f), frozenset(), repr(frozenset("a")), type(f).__name__)
print(frozenset(f) is f, f == {1, 2, 3}, {1, 2, 3} == f, f != frozenset([1]), f <= {1, 2, 3, 4}, f < f, f >= {1})
s = {2, 3, 4}
for r in (f | s, s | f, f & s, s & f, f - s, s - f, f ^ s, s ^ f):
    print(type(r).__name__, sorted(r))
print(sorted(f.union([9])), type(f.union([9])).__name__, sorted(f.intersection(s)), f.issubset([1, 2, 3]))
print(f.isdisjoint({7}), f.issuperset({1}), sorted(f.difference({1})), sorted(f.symmetric_difference({1, 8})))
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])), f.copy() is f)
d = {f: "x", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()], {frozenset({1}), frozenset([1])} == {frozenset({1})})
g = f
g |= {10}
print(type(g).__name__, sorted(g), sorted(f), g is f)
print(frozenset({frozenset({1})}), frozenset(range(3)) == set(range(3)))
for bad in (lambda: f.add(1), lambda: hash({1}), lambda: f.update({1})):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)
