# Class-level state through type(self) and cls, per subclass.
class Tracked:
    created = 0
    def __init__(self):
        type(self).created += 1
class A(Tracked):
    created = 0
class B(Tracked):
    pass
A(); A(); B(); Tracked()
print(Tracked.created, A.created, B.created)
class Registry:
    items = None
    @classmethod
    def register(cls, x):
        if cls.items is None:
            cls.items = []
        cls.items.append(x)
class R1(Registry):
    pass
class R2(Registry):
    pass
R1.register("a"); R1.register("b"); R2.register("c")
print(R1.items, R2.items, Registry.items)
