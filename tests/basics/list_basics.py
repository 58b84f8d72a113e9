# Lists: construction, indexing, mutation, comparison, repetition.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], list(), list("abc"), list(range(4)), [[]] * 2)
a[0] = 10
a[-1] += 5
print(a)
print(a + [4], a * 2, [0] * 5, 3 * [None])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [] < [0], [1, [2]] == [1, [2]])
b = a
b.append(99)
print(a, a is b, a == a[:], a is a[:])
c = [[0] * 2] * 2
c[0][0] = 1
print(c)
d = [[0] * 2 for _ in range(2)]
d[0][0] = 1
print(d)
print(5 in a, 99 in a, 99 not in a)
try:
    a[10]
except IndexError as e:
    print("IndexError", e)
