# dir(): sorted names of the namespace, a class (with its bases), an instance, built-in types.
def k():
    b = 1
    a = 2
    print(dir())
k()
class Base:
    base_attr = 0
    def base_method(self): pass
class A(Base):
    cv = 1
    def m(self): pass
o = A()
o.iv = 2
print([n for n in dir(o) if not n.startswith("_")])
print([n for n in dir(A) if not n.startswith("_")])
print([n for n in dir(Base) if not n.startswith("_")])
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""), "items" in dir(dict))
names = dir(o)
print(names == sorted(names))
print("zzz" in dir(o))
def func(): pass
print(type(dir()).__name__)
