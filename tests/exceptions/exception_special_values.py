# StopIteration.value, SystemExit.code, KeyError str/repr and args, as CPython.
print(StopIteration().value, StopIteration(5).value, StopIteration(5, 6).value, StopIteration(5, 6).args)
print(SystemExit().code, SystemExit(3).code, SystemExit("bye").code, SystemExit(1, 2).code)
print(str(KeyError("a")), repr(KeyError("a")))
print(repr(str(KeyError())), str(KeyError(1, 2)), repr(KeyError(1, 2)))
print(str(KeyError(("x", 1))), str(KeyError("")))
print(str(IndexError("a")), repr(IndexError("a")))
print(repr(Exception(Exception("x"))), str(Exception(Exception("x"))))
print(str(ValueError(None)), repr(ValueError(None)), ValueError(None).args)
try:
    {}[("tuple", "key")]
except KeyError as e:
    print(e, e.args)
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("exit code", e.code, e.args)
e = ValueError("x", 2)
e.args = ["y"]
print(e.args, str(e))
