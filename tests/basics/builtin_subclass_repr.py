# repr of instances of built-in subclasses: the base type's form (CPython names the subclass for set, frozenset
# and bytearray: Sub({1}); Mica prints {1}, like MicroPython).
class S(set): pass
class F(frozenset): pass
class BA(bytearray): pass
class L(list): pass
class D(dict): pass
class I(int): pass
print(repr(S({1})), repr(F({2})), repr(BA(b"x")), repr(L([1])), repr(D(a=1)), repr(I(3)))
print(repr(S()), str(F()), repr(BA()))
