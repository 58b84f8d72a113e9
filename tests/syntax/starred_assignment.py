# Starred assignment targets and unpacking in displays.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = 1, 2
print(a, mid, z)
(x, *y), w = (1, 2, 3), 4
print(x, y, w)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
print([*range(3), *"ab", 9], (*[1], *(2, 3)), {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2], *(3,), sep=",")
try:
    p, *q, r = [1]
except ValueError:
    print("ValueError")
