# Decorators may be arbitrary expressions (PEP 614) and apply to classes.
decos = {"double": lambda f: lambda x: f(x) * 2}
@decos["double"]
def ident(x):
    return x
print(ident(21))
class NS:
    @staticmethod
    def deco(f):
        f.marked = True
        return f
@NS.deco
def marked():
    return "m"
print(marked(), marked.marked)
def add_method(cls):
    cls.extra = lambda self: "extra from decorator"
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())
@(lambda f: f)
def passthrough():
    return "passthrough"
print(passthrough())
