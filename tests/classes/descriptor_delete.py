# Data descriptors: __get__, __set__ and __delete__ take precedence over the instance dict.
class Logged:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return "class access"
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop("_" + self.name, None)

class DeleteOnly:
    def __delete__(self, obj):
        print("DeleteOnly.__delete__")
    def __get__(self, obj, owner=None):
        return "from DeleteOnly"

class C:
    a = Logged("a")
    d = DeleteOnly()

c = C()
print(c.a, C.a)
c.a = 1
print(c.a)
del c.a
print(c.a)
# A descriptor with __delete__ (and no __set__) is still a data descriptor: it wins over the instance dict.
c.__dict__["d"] = "instance value"
print(c.d)
del c.d
print(c.__dict__)

class Plain:
    def __get__(self, obj, owner=None):
        return "non-data"
class E:
    p = Plain()
e = E()
print(e.p)
e.__dict__["p"] = "instance wins"
print(e.p)
del e.p
print(e.p)
try:
    del e.p
except AttributeError:
    print("AttributeError")
