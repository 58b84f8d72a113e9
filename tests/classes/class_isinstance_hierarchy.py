# isinstance/issubclass across a hierarchy and with builtins subclassed.
class MyList(list):
    def total(self):
        return sum(self)
class MyDict(dict):
    def __missing__(self, key):
        return "missing:" + key
class MyInt(int):
    pass
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list), type(ml).__name__)
md = MyDict(a=1)
print(md["a"], md["zz"], isinstance(md, dict))
mi = MyInt(5)
print(mi + 1, isinstance(mi, int), type(mi + 1).__name__, mi == 5)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hey")
print(s.shout(), s + "you", len(s), isinstance(s, str))
class MyExc(ValueError):
    pass
print(issubclass(MyExc, Exception), issubclass(MyExc, (KeyError, ValueError)), issubclass(MyList, dict))
