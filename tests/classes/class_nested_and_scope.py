# Class bodies execute top to bottom; class scope is not visible from methods.
trace = []
class Outer:
    trace.append("body start")
    x = 10
    y = x * 2
    class Inner:
        trace.append("inner body")
        z = 5
    def method(self):
        try:
            return x
        except NameError:
            return "NameError: class scope not visible"
    trace.append("body end")
print(trace)
print(Outer.y, Outer.Inner.z, Outer().Inner.z, Outer().method())
def factory(n):
    class Local:
        value = n
        def get(self):
            return self.value + n
    return Local
A = factory(1)
B = factory(100)
print(A().get(), B().get(), A is not B, A.__name__)
