# List comprehensions: filters, nested loops, nested comprehensions, scoping.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in "abc" if c != "b"])
print([i if i % 2 else "e" for i in range(5)])
x = "outer"
result = [x for x in range(3)]
print(result, x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([v for row in matrix for v in row if v % 2])
print([(lambda k: k * 2)(n) for n in range(3)])
print([len(w) for w in "the quick brown fox".split()])
print([n for n in [] if n], [[]] and [0 for _ in range(3)])
