# for-loop targets can be attributes, subscripts, tuples and starred.
class Holder:
    pass
h = Holder()
for h.value in range(3):
    pass
print(h.value)
lst = [0, 0]
for lst[1] in "xyz":
    pass
print(lst)
d = {}
for k, d[k] in [("a", 1), ("b", 2)]:
    pass
print(d)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for first, *others in ["abc", "de"]:
    print(first, others)
i = 99
for i in range(0):
    pass
print(i)
for i in range(4):
    i *= 10
print(i)
