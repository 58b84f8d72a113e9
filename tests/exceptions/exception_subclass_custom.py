# User exception classes with their own __init__, __str__, __repr__ and extra attributes.
class CodeError(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(code)
        self.code = code
        self.detail = detail
    def __str__(self):
        return "code %d (%s)" % (self.code, self.detail)
e = CodeError(4, detail="bad")
print(str(e), repr(e), e.args, e.code, e.detail)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5)
print(n.args, repr(str(n)), repr(n), n.x)
class WithRepr(KeyError):
    def __repr__(self):
        return "WithRepr!"
w = WithRepr("k")
print(str(w), repr(w), isinstance(w, LookupError))
class Plain(ValueError):
    pass
print(repr(Plain(1, 2)), str(Plain(1, 2)), str(Plain("x")))
try:
    raise CodeError(9)
except Exception as err:
    print(type(err).__name__, err)
class Multi(CodeError, KeyError):
    pass
m = Multi(3)
print(isinstance(m, KeyError), isinstance(m, CodeError), str(m))
class Args(Exception):
    def __init__(self, *args):
        super().__init__(*args)
print(Args(1, 2).args, str(Args()), repr(Args("a")))
