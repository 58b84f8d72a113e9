# Iteration and keys/values/items views.
d = {"z": 26, "a": 1, "m": 13}
for k in d:
    print(k, d[k])
print(list(d.keys()), list(d.values()), list(d.items()))
ks = d.keys()
vs = d.values()
d["b"] = 2
print(list(ks), list(vs), len(ks), "b" in ks, 2 in vs)
for k, v in d.items():
    print(k, "=", v)
print(sorted(d), sorted(d.values()), sorted(d.items(), key=lambda kv: kv[1]))
print(("a", 1) in d.items(), ("a", 2) in d.items())
