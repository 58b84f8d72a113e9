# Tuples of hashable values are hashable (even nested); a tuple holding a list is not.
keys = [(1, 2), (1, (2, 3)), ("a", (None, True)), (), ((),)]
d = {k: i for i, k in enumerate(keys)}
print([d[k] for k in keys], len(d))
print(hash((1, 2)) == hash((1, 2)), hash(((1,), 2)) == hash(((1,), 2)))
try:
    hash((1, [2]))
except TypeError:
    print("TypeError: unhashable element")
try:
    {(1, {}): 0}
except TypeError:
    print("TypeError: unhashable dict inside tuple")
print((1, 2) in d, (2, 1) in d)
