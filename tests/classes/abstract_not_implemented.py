# The NotImplementedError pattern for abstract methods, and template methods calling overrides.
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Unfinished(Shape):
    pass
print(Sq(3).describe())
try:
    Unfinished().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(isinstance(NotImplementedError(), RuntimeError))
