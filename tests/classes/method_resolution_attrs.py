# Attribute lookup order: instance dict, then class and bases in MRO order; data descriptors first.
class Base:
    attr = "Base.attr"
    def m(self):
        return "Base.m"
class Mixin:
    attr = "Mixin.attr"
    def m(self):
        return "Mixin.m"
    def only_mixin(self):
        return "Mixin.only_mixin"
class Child(Base, Mixin):
    pass
c = Child()
print(c.attr, c.m(), c.only_mixin())
c.attr = "instance"
print(c.attr, Child.attr)
class WithProp(Base):
    @property
    def attr(self):
        return "property wins over instance dict"
w = WithProp()
w.__dict__["attr"] = "in dict"
print(w.attr)
class Override(Child):
    def m(self):
        return "Override.m > " + super().m()
print(Override().m())
