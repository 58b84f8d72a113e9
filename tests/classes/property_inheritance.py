# Properties are inherited, can be overridden, and may call the base property through super().
class Base:
    def __init__(self):
        self._v = 1
    @property
    def value(self):
        return self._v
    @value.setter
    def value(self, v):
        self._v = v
class Doubled(Base):
    @property
    def value(self):
        return super().value * 2
class Plain(Base):
    pass
p = Plain()
p.value = 5
print(p.value)
d = Doubled()
print(d.value)
try:
    d.value = 10
except AttributeError:
    print("AttributeError: overriding property has no setter")
print(type(Base.__dict__["value"]).__name__)
