# Reflected operators (__radd__ etc.) and NotImplemented fallback.
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.c + o.c)
        if isinstance(o, int):
            return Money(self.c + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd called with", o)
        return self.__add__(o)
    def __rmul__(self, k):
        return Money(self.c * k)
    def __rsub__(self, o):
        return Money(o - self.c)
    def __repr__(self):
        return f"Money({self.c})"
m = Money(5)
print(m + 1, 1 + m, m + Money(2), 3 * m, 10 - m)
print(sum([Money(1), Money(2)], Money(0)), sum([Money(1), Money(2)]))
try:
    m + "x"
except TypeError:
    print("TypeError")
try:
    "x" + m
except TypeError:
    print("TypeError reflected")
class Other:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "Other.__radd__"
print(1 + Other())
try:
    Other() + Other()
except TypeError:
    print("TypeError same type: __radd__ not tried")
