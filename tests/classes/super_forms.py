# super() with zero arguments, two arguments, in classmethods and for attributes.
class Base:
    greeting = "base-attr"
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return "made " + cls.__name__
class Mid(Base):
    def hello(self):
        return "Mid>" + super().hello()
class Leaf(Mid):
    def hello(self):
        return "Leaf>" + super(Leaf, self).hello()
    def skip(self):
        return super(Mid, self).hello()
    def attr(self):
        return super().greeting
    @classmethod
    def make(cls):
        return "Leaf " + super().make()
leaf = Leaf()
print(leaf.hello())
print(leaf.skip())
print(leaf.attr())
print(Leaf.make(), Mid.make())
class WithNew(Leaf):
    def hello(self):
        inner = lambda: super(WithNew, self).hello()
        return "WithNew>" + inner()
print(WithNew().hello())
