# Grouping, inverting and nesting dicts with setdefault and get.
records = [("fruit", "apple"), ("veg", "kale"), ("fruit", "pear"), ("grain", "rice"), ("veg", "leek")]
groups = {}
for kind, name in records:
    groups.setdefault(kind, []).append(name)
print(groups)
index = {}
for kind, names in groups.items():
    for n in names:
        index[n] = kind
print(index)
nested = {}
for i in range(6):
    nested.setdefault(i % 2, {}).setdefault(i % 3, []).append(i)
print(nested)
lengths = {}
for kind, name in records:
    lengths[kind] = lengths.get(kind, 0) + len(name)
print(sorted(lengths.items(), key=lambda kv: kv[1]))
