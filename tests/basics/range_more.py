# More range cases: negative steps, huge ranges, equality, reversed and slicing.
r = range(10, -10, -3)
print(list(r), len(r), r[-1], r[1:4], list(reversed(r))[:3])
big = range(0, 10 ** 20, 3)
print(big[-1], big[10 ** 18], 10 ** 20 - 2 in big, 10 ** 20 - 1 in big)
print(range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(1) != range(2))
print(list(range(5)[::-2]), list(range(20)[3:15:4]), range(10)[2:8:3])
for i in range(3, 0, -1):
    print("countdown", i)
print([i for i in range(-3, 3) if i], list(range(True, 3)))
