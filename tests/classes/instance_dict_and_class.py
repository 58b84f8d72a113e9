# __dict__, __class__ and identity of instances.
class P:
    cls_attr = 1
    def __init__(self, a):
        self.a = a
p = P(5)
print(p.__dict__, p.__class__ is P, p.__class__.__name__)
p.__dict__["b"] = 6
print(p.b, sorted(p.__dict__))
q = p.__class__(7)
print(q.a, type(q) is P)
print("cls_attr" in P.__dict__, "cls_attr" in p.__dict__)
