# pass and del on names, items, attributes and tuples of targets.
def nothing():
    pass
class Empty:
    pass
print(nothing(), type(Empty()).__name__)
x = 1
y = 2
del x
try:
    print(x)
except NameError:
    print("NameError after del")
a, b, c = 1, 2, 3
del a, b
try:
    a
except NameError:
    print("a deleted", c)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
e = Empty()
e.attr = 5
del e.attr
print(hasattr(e, "attr"))
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
def local_del():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError:
        return "UnboundLocalError"
print(local_del())
