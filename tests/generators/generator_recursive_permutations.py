# Recursive generators: permutations, combinations and a queens solver.
def perms(items):
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield [items[i]] + p
print(list(perms([1, 2, 3])))
print(sum(1 for _ in perms(list(range(6)))))
def combos(items, k):
    if k == 0:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in combos(items[i + 1:], k - 1):
            yield (x,) + rest
print(list(combos("abcd", 2)))
def queens(n, row=0, cols=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
            yield from queens(n, row + 1, cols + (c,))
print(next(queens(6)), sum(1 for _ in queens(6)))
