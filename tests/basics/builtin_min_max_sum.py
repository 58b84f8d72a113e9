# min, max and sum with iterables, several args, key and default.
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max("b", "a", "c"))
print(min("hello"), max((1, 5), (2, 0)), max([[1, 2], [1, 3]]))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len))
print(max([], default=None), min((), default="empty"), max([1], default=0))
print(max(range(10), key=lambda x: (x % 4, -x)), min(-1, -1.5, key=abs))
print(max(1, 2.5), min(True, 0.5), max([2, 2.0]), min([2.0, 2]))
print(sum([]), sum([1, 2, 3]), sum(range(100)), sum([0.5, 0.25]), sum([1, 2], 10))
print(sum([[1], [2, 3]], []), sum((x * x for x in range(4))), sum([2 ** 70, 1]))
try:
    max([])
except ValueError:
    print("ValueError")
