# str() falls back to __repr__; format() uses __format__ or str(); print uses str().
class R:
    def __repr__(self):
        return "R-repr"
class F:
    def __format__(self, spec):
        return "F formatted with [" + spec + "]"
    def __str__(self):
        return "F-str"
print(str(R()), R(), f"{R()}", "%s" % R(), format(R()))
print(f"{F():abc}", format(F(), "x"), "{:>5}".format(F()), str(F()), f"{F()}")
class Num:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return format(self.v, spec) + "u"
print(f"{Num(3.14159):.2f}", "{:05d}".format(Num(42)))
