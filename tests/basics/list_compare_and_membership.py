# Lexicographic comparison of lists and membership using ==.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] == [], [[1]] < [[2]])
print([1, "a"] == [1, "a"], [1, 2] != [2, 1], [0.0] == [0], [True] == [1])
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == getattr(other, "v", other)
items = [Eq(1), Eq(2)]
print(2 in items, 3 in items, Eq(1) in items, items.index(2), items.count(1))
nan = float("nan")
lst = [nan]
print(nan in lst, lst == lst, lst[0] == lst[0])
print(max([[1, 2], [1, 2, 0], [0, 9]]), sorted([[2], [1, 5], [1]]))
