# The first iterable of a generator expression is evaluated immediately; the rest lazily.
data = [1, 2, 3]
g = (x * 10 for x in data)
data = [100]
print(list(g))
ys = [1]
h = (x + y for x in range(2) for y in ys)
ys = [1000]
print(list(h))
def evaluated_when():
    print("  iterable evaluated")
    return [1, 2]
g = (v for v in evaluated_when())
print("generator created")
print(list(g))
try:
    g = (1 / v for v in [0])
    print("no error yet")
    list(g)
except ZeroDivisionError:
    print("error at iteration time")
