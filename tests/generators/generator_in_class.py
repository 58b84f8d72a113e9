# Generator methods and __iter__ implemented as a generator.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), sum(t), 5 in t, 7 in t)
for depth, v in t.depth_first():
    print("  " * depth + str(v))
class Range2:
    def __init__(self, n):
        self.n = n
    def evens(self):
        for i in range(self.n):
            if i % 2 == 0:
                yield i
print(list(Range2(9).evens()))
