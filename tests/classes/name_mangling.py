# Names starting with two underscores inside a class body are mangled with the class name.
class A:
    def __init__(self):
        self.__secret = "A's"
        self._single = "not mangled"
    def reveal(self):
        return self.__secret
    def __private(self):
        return "private method"
    def call_private(self):
        return self.__private()
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "B's"
    def reveal_b(self):
        return self.__secret
b = B()
print(b.reveal(), b.reveal_b(), b._single)
print(b._A__secret, b._B__secret, hasattr(b, "__secret"))
print(b.call_private(), b._A__private())
try:
    b.__private()
except AttributeError:
    print("AttributeError")
class C:
    __dunder__ = "not mangled (ends with __)"
print(C.__dunder__)
