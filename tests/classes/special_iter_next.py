# The iterator protocol: __iter__ returning self or a new iterator, __next__ raising StopIteration.
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(4)))
it = Countdown(2)
print(next(it), next(it), next(it, "stop"))
class Repeatable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for x in self.data:
            yield x * 10
r = Repeatable([1, 2, 3])
print(list(r), list(r), sum(r), max(r))
for i, v in enumerate(Countdown(3)):
    print(i, v)
print(dict(zip(Countdown(3), "abc")))
x, *y = Countdown(4)
print(x, y)
