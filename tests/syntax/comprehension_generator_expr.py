# Generator expressions are lazy and single-use.
g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(s) for s in ["a", "abc", "ab"]))
print(list(c for c in "hey"), tuple(i for i in range(3)), dict((i, str(i)) for i in range(2)))
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
lazy = (v * 10 for v in src())
print(log)
print(next(lazy), log)
print(list(lazy), log)
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]), "".join(str(d) for d in range(4)))
outer = [1, 2]
gen = (a + b for a in outer for b in [10, 20])
print(list(gen))
