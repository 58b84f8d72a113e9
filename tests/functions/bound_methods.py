# Bound methods remember their instance; unbound access through the class needs it explicitly.
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, n):
        self.total += n
        return self
a = Acc()
b = Acc()
add_a = a.add
add_a(5)
add_a(6)
print(a.total, b.total)
Acc.add(b, 100)
print(b.total)
print(add_a.__self__ is a, add_a.__func__ is Acc.add, a.add == a.add, a.add != b.add)
fns = [a.add, b.add]
for fn in fns:
    fn(1)
print(a.total, b.total)
m = [].append
print(type(a.add).__name__)
lst = [3, 1, 2]
sort = lst.sort
sort()
print(lst, a.add(1).add(2).total)
