# Multiple inheritance uses the C3 linearisation for method resolution.
class O:
    def who(self):
        return "O"
class A(O):
    def who(self):
        return "A>" + super().who()
class B(O):
    def who(self):
        return "B>" + super().who()
class C(A, B):
    def who(self):
        return "C>" + super().who()
print(C().who())
print([k.__name__ for k in C.__mro__])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
class D(B, A):
    pass
print(D().who(), [k.__name__ for k in D.mro()])
try:
    class Bad(A, C):
        pass
except TypeError:
    print("TypeError: inconsistent MRO")
