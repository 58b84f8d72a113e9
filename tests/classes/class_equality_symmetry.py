# == tries the reflected __eq__ when the left one returns NotImplemented; != defaults to not ==.
class A:
    def __eq__(self, other):
        print("  A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, other):
        print("  B.__eq__")
        return True
print(A() == B())
print(B() == A())
print(A() != B())
class Sub(B):
    def __eq__(self, other):
        print("  Sub.__eq__")
        return False
print(B() == Sub())
print(A() == A())
