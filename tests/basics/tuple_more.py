# Tuples as dict keys, in sorting, and returned from functions; tuple() of iterators.
points = {(0, 0): "origin", (1, 2): "p"}
print(points[(1, 2)], points[0, 0], (1, 2) in points)
data = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(data), min(data), max(data))
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([4, 8, 6])
print(lo, hi, mean)
t = tuple(x * x for x in range(4))
print(t, t[1:], t[::-1], t * 2, len(t + t))
print((1, (2, 3)) == (1, (2, 3)), (1, 2) < (1, 2, 3), () < (0,))
single = ("only",)
print(single, len(single), single[0], ("not a tuple"))
a = (1, [2])
a[1].append(3)
print(a)
