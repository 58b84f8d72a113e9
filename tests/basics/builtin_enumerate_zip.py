# enumerate and zip, including start, uneven lengths and unzipping.
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], 5)), list(enumerate([], 1)), list(enumerate(range(3), start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip("ab", "cd", "ef")))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
d = dict(zip("abc", range(3)))
print(d)
z = zip(range(3), range(10, 13))
print(next(z), list(z))
e = enumerate("pq")
print(next(e), next(e), next(e, None))
total = 0
for a, b in zip(range(100), range(0, 1000, 10)):
    total += a * b
print(total)
