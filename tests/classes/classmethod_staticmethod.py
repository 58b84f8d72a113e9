# classmethod, staticmethod and alternative constructors.
class Temp:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9))
    @staticmethod
    def valid(deg):
        return deg > -274
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.scale
class Kelvinish(Temp):
    scale = "K"
t = Temp.from_f(212)
print(t.deg, type(t).__name__, Temp.valid(-300), t.valid(20))
k = Kelvinish.from_f(32)
print(k.deg, type(k).__name__, Kelvinish.describe(), k.describe(), Temp.describe())
sm = Temp.valid
print(sm(0), Temp.__dict__["valid"].__class__.__name__)
