# None is a singleton, falsy, and what functions return by default.
def f():
    pass
def g():
    return
print(None, repr(None), str(None), type(None).__name__)
print(f() is None, g() is None, f() == None)
print(bool(None), not None, None is None, None is not None)
x = None
print(x or "default", [None] * 3)
print(None == 0, None == False, None == "")
d = {None: "none-key"}
print(d[None], d.get("missing"))
print([1, 2].sort(), {}.get(1))
