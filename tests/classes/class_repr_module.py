# A class's repr names its module, as CPython does; built-in types and instances as before.
class P:
    pass
print(P, repr(P), str(P), P.__module__, P.__name__, P.__qualname__)
print(repr(P()).startswith("<__main__.P object at 0x"))
print(int, type(1), type(None), type(P()), type(P))
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(WithMeta, type(WithMeta))
class Q(P):
    __module__ = "elsewhere"
print(Q)
E = type("E", (), {})
print(E, E.__module__)
class Err(ValueError):
    pass
print(Err, Err.__mro__[1], ZeroDivisionError)
