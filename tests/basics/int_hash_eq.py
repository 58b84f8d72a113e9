# Ints that compare equal hash equal, so they find the same dict entry.
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False))
print(hash(2 ** 70) == hash(2 ** 70), hash(-1) == hash(-1))
print(hash(12345) == hash(12345.0))
d = {1: "one", 2 ** 65: "big"}
print(d[1.0], d[True], d[2 ** 65])
d[1.0] = "float-one"
print(len(d), d[1])
