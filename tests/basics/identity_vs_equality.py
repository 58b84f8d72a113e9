# `is` compares identity, `==` compares value; None/True/False are singletons.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, True is True, False is not True)
x = None
print(x is None, x == None, x is not None)
t1 = (1, [2])
t2 = (1, [2])
print(t1 == t2, t1 is t2)
d = {}
d2 = d
d2["k"] = 1
print(d is d2, d)
def same(o):
    return o
o = object()
print(same(o) is o, [o][0] is o, {"k": o}["k"] is o)
