# object(): a plain instance has identity, equality by identity and no instance dict.
o = object()
p = object()
print(type(o).__name__, o == o, o == p, o != p, o is o)
print(isinstance(o, object), isinstance(1, object), isinstance(None, object))
try:
    o.attr = 1
except AttributeError:
    print("AttributeError")
sentinel = object()
d = {"a": None}
print(d.get("a", sentinel) is sentinel, d.get("b", sentinel) is sentinel)
print(issubclass(type, object), type(object) is type, object.__name__)
class C(object):
    pass
print(C.__bases__ == (object,), C.__name__)
