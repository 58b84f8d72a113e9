# abs, negation and sign handling across small and big ints.
vals = [0, 1, -1, 123, -123, 2 ** 80, -(2 ** 80)]
for v in vals:
    print(v, abs(v), -v, +v, abs(v) == abs(-v))
print(abs(-0), abs(-2 ** 31), abs(-(2 ** 63)))
print(sum(vals), sum(abs(v) for v in vals))
