# set/frozenset methods with several operands, the *_update methods, and in-place operators that mutate.
s = {1, 2, 3, 4}
print(sorted(s.union([5], (6,), {7})), sorted(s.union()), s.union() is s)
print(sorted(s.intersection([1, 2, 9], {2, 1})), sorted(s.difference([1], {2})))
a = {1, 2, 3}
b = a
a.intersection_update([1, 2, 5], (2, 1))
print(sorted(a), a is b)
a.difference_update([1])
print(sorted(b))
a.symmetric_difference_update([2, 9])
print(sorted(b))
a.update([4], "xy")
print(sorted(map(str, b)))

x = {1, 2, 3}
y = x
x -= {1}
print(sorted(y))
x &= {2, 7}
print(sorted(y))
x ^= {5}
print(sorted(y))
x |= {6}
print(sorted(y), x is y)

f = frozenset([1, 2, 3])
g = f
f -= {1}
print(sorted(f), sorted(g), type(f).__name__)
print(type(frozenset([1]).union([2])).__name__, sorted(frozenset([1, 2]).intersection([2], [2, 3])))
for name in ["add", "update", "difference_update", "pop"]:
    print(name, hasattr(frozenset(), name), hasattr(set(), name))
print(sorted(n for n in dir(set()) if not n.startswith("_")))
print(sorted(n for n in dir(frozenset()) if not n.startswith("_")))
try:
    set.add(frozenset(), 1)
except TypeError:
    print("TypeError")
try:
    {1}.intersection_update(5)
except TypeError:
    print("TypeError")
print(set.union({1}, [2]) == {1, 2}, frozenset.union(frozenset([1]), [3]) == {1, 3})
