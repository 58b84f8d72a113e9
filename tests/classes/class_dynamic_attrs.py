# Adding methods and attributes to classes and instances at run time.
class Box:
    pass
b = Box()
b.size = 3
Box.color = "red"
def describe(self):
    return f"{self.color} box of size {self.size}"
Box.describe = describe
print(b.describe(), Box().color)
b.describe = lambda: "instance attribute wins"
print(b.describe(), Box.describe(b))
del b.describe
print(b.describe())
Box.__repr__ = lambda self: "<Box>"
print(b, [Box()])
print(hasattr(b, "size"), hasattr(Box(), "size"))
