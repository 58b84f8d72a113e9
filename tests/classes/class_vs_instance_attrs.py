# Class attributes are shared; assigning through an instance creates an instance attribute.
class Shared:
    items = []
    value = 1
s1 = Shared()
s2 = Shared()
s1.items.append("x")
print(s2.items, Shared.items)
s1.value = 2
print(s1.value, s2.value, Shared.value)
Shared.value = 3
print(s1.value, s2.value)
s2.items = ["own"]
print(s1.items, s2.items, Shared.items)
print("value" in s1.__dict__, "value" in s2.__dict__, sorted(s1.__dict__))
class Counter:
    n = 0
    def bump(self):
        self.n += 1
c = Counter()
c.bump()
c.bump()
print(c.n, Counter.n)
