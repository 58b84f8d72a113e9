# Tuples: construction, indexing, slicing, immutability, comparison.
t = (1, "two", 3.0, None)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1])
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
one = 1,
print(one, type(one).__name__, len(()))
print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9))
print(t.count(None), (1, 2, 1, 1).count(1), (5, 6, 7).index(7))
print(3.0 in t, "x" in t, 1 in (True,))
try:
    t[0] = 9
except TypeError:
    print("TypeError")
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
