# iter() and next(), StopIteration and the default argument.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
it = iter({"a": 1, "b": 2})
print(next(it), list(it))
it = iter(range(3))
print(iter(it) is it, list(it), list(it))
s = iter("xy")
print(next(s) + next(s))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
t = iter((10, 20))
for v in t:
    print(v)
print(next(t, None))
