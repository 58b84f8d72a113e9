# any, all, map and filter (lazy) with functions, lambdas and None.
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "x", [], [0]])), list(filter(lambda v: v > 1, [1, 2, 3])))
m = map(lambda v: v * 10, range(3))
print(next(m), list(m), list(m))
calls = []
def check(v):
    calls.append(v)
    return v > 2
print(any(check(v) for v in [1, 3, 5]), calls)
calls.clear()
print(all(map(check, [3, 1, 5])), calls)
