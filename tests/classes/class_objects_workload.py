# Attribute access, method calls, inheritance and super() in a loop (the objects benchmark's area).
class Shape:
    def __init__(self, name):
        self.name = name
        self.hits = 0
    def area(self):
        return 0
    def touch(self):
        self.hits += 1
        return self.area()
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
shapes = [Rect(i % 4 + 1, i % 3 + 1) if i % 2 else Square(i % 5 + 1) for i in range(12)]
total = 0
for rnd in range(3):
    for s in shapes:
        total += s.touch()
print(total)
print([(s.name, s.area(), s.hits) for s in shapes[:4]])
print(sum(s.hits for s in shapes), sum(1 for s in shapes if isinstance(s, Square)))
