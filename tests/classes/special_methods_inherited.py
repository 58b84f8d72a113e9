# Special methods are inherited and can be overridden or extended with super().
class Base:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __repr__(self):
        return f"{type(self).__name__}({self.items})"
    def __eq__(self, other):
        return type(self) is type(other) and self.items == other.items
    __hash__ = None
class Child(Base):
    def __getitem__(self, i):
        return "child:" + str(super().__getitem__(i))
c = Child([1, 2, 3])
print(len(c), c[0], c, list(c)[:2], bool(Child([])))
print(Child([1]) == Child([1]), Child([1]) == Base([1]))
try:
    hash(c)
except TypeError:
    print("TypeError: __hash__ = None makes it unhashable")
