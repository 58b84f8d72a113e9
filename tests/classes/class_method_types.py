# Methods accessed through the class and the instance, staticmethod and classmethod via instance.
class K:
    def inst(self):
        return "inst", type(self).__name__
    @classmethod
    def cm(cls):
        return "cm", cls.__name__
    @staticmethod
    def sm(*a):
        return "sm", a
class Sub(K):
    pass
k = Sub()
print(k.inst(), K.inst(k), k.cm(), Sub.cm(), K.cm(), k.sm(1), K.sm())
f = K.inst
print(f(Sub()), type(f).__name__, type(k.inst).__name__)
print(callable(K.cm), callable(k.sm))
