# Evaluation order: left to right for operands, arguments, subscripts and dict displays.
log = []
def v(tag, value=None):
    log.append(tag)
    return tag if value is None else value
v("a", 1) + v("b", 2) * v("c", 3)
print(log); log.clear()
print(v("f", print)(v("arg1"), v("arg2")))
print(log); log.clear()
v("obj", {"k": 1})[v("key", "k")]
print(log); log.clear()
{v("k1"): v("v1"), v("k2"): v("v2")}
print(log); log.clear()
[v("x"), (v("y"), v("z"))]
print(log); log.clear()
v("cond", True) and v("rhs")
v("c1", 0) if v("test", False) else v("c2")
print(log); log.clear()
def f(a, b, *c, d, **e):
    return a
f(v("p1"), v("p2"), *[v("star")], d=v("kw"), **{v("dk"): v("dv")})
print(log)
