# int / int would be a float: without float the operator is unsupported for ints (TypeError), in every form.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a, b = 7, 2
attempt("7 / 2", lambda: a / b)
attempt("big / 3", lambda: (2 ** 100) / 3)
attempt("True / 1", lambda: True / 1)
attempt("-1 / 0", lambda: -1 / 0)


def inplace():
    x = 9
    x /= 3
    return x


attempt("x /= 3", inplace)
attempt("1 / 'a'", lambda: 1 / "a")

# Floor division, modulo and divmod keep working, with Python's flooring.
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(7, 2), divmod(-7, 2), divmod(2 ** 70, 10 ** 9))
attempt("1 // 0", lambda: 1 // 0)
attempt("1 % 0", lambda: 1 % 0)
attempt("divmod(1, 0)", lambda: divmod(1, 0))
y = 100
y //= 7
print(y)


# A class that defines / keeps it, from either side.
class Ratio:
    def __init__(self, n, d=1):
        self.n, self.d = n, d

    def __truediv__(self, other):
        return Ratio(self.n, self.d * other)

    def __rtruediv__(self, other):
        return Ratio(other * self.d, self.n)

    def __itruediv__(self, other):
        self.d *= other * 10
        return self

    def __repr__(self):
        return "Ratio(%d, %d)" % (self.n, self.d)


r = Ratio(3)
print(r / 4, 5 / r)
r /= 2
print(r)
