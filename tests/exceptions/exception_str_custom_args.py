# str() of exceptions with non-string arguments and subclasses with custom __init__.
class E(Exception):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail
        super().__init__(f"E{code}: {detail}")
e = E(404, "missing")
print(str(e), e.args, e.code, repr(e))
class Subclass(E):
    pass
s = Subclass(500, "server")
print(s, s.code, isinstance(s, E), type(s).__name__)
print(str(ValueError([1, 2])), str(TypeError(("a",))), str(KeyError(("t", 1))), repr(IndexError(2.5)))
