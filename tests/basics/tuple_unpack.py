# Tuple packing and unpacking, including swaps and nesting.
a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
(p, q), r = "ab", "c"
print(p, q, r)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
a, b, c = range(3)
print(a, b, c)
a, b = "hi"
print(a, b)
try:
    a, b = 1, 2, 3
except ValueError:
    print("ValueError too many")
try:
    a, b, c = (1, 2)
except ValueError:
    print("ValueError not enough")
def pair():
    return 10, 20
m, n = pair()
print(m + n)
