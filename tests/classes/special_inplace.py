# In-place operators use __iadd__ etc. when present and fall back to __add__ otherwise.
class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __isub__(self, item):
        self.items.remove(item)
        return self
b = Bag()
orig = b
b += "x"
b += "y"
b -= "x"
print(b.items, b is orig)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
    def __imul__(self, o):
        self.v *= o
        return self
n = Num(1)
first = n
n += 5
print(n.v, n is first)
n2 = Num(2)
second = n2
n2 *= 10
print(n2.v, n2 is second)
class BadIadd:
    def __iadd__(self, o):
        return "replaced"
x = BadIadd()
x += 1
print(x)
