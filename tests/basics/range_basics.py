# range: iteration, len, indexing, slicing, negative steps, membership.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-5, -1)), list(range(3, -4, -2)))
r = range(3, 20, 4)
print(len(r), r[0], r[-1], r[2], list(r[1:3]), list(r[::-1]))
print(len(range(0, 10, 3)), len(range(10, 0, -1)), len(range(1, 1)), len(range(-10, 10, 7)))
print(7 in r, 8 in r, 19 in r, 20 in r)
print(r.start, r.stop, r.step, r.index(11), r.count(15))
print(range(5) == range(0, 5), range(0) == range(2, 1))
print(range(10), range(1, 10, 2))
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError")
try:
    r[10]
except IndexError:
    print("IndexError")
print(sum(range(101)), list(range(2 ** 40, 2 ** 40 + 3)))
