# type(name, bases, dict) creates a class like a class statement does.
def hello(self):
    return "hello from " + type(self).__name__
Base = type("Base", (), {"greet": hello, "n": 1})
Child = type("Child", (Base,), {"n": 2})
c = Child()
print(c.greet(), c.n, Base().n, Child.__name__, Child.__bases__[0].__name__)
print(isinstance(c, Base), type(c) is Child, type(Child) is type)
class Regular(Child):
    pass
print(Regular().greet(), [k.__name__ for k in Regular.__mro__])
