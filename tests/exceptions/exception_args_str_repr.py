# Exception args, str() and repr() for zero, one and several arguments.
for e in [Exception(), Exception("msg"), Exception("a", 2), ValueError(3), KeyError("k"), KeyError(),
          IndexError("i", "j"), RuntimeError(None), ZeroDivisionError("z")]:
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("x")
e.args = ("changed",)
print(e, e.args)
print(str(KeyError("quoted key")), str(KeyError(1)), str(KeyError("a", "b")))
print(Exception("x") == Exception("x"), isinstance(Exception("m"), BaseException))
