# sorted never mutates its argument; reversed works on sequences.
data = [3, 1, 2]
s = sorted(data)
print(s, data, s is data)
print(sorted("cab"), sorted((2, 1)), sorted(range(5, 0, -1)), sorted({"b": 0, "a": 0}.keys()))
print(sorted([-3, 2, -1], key=abs), sorted([-3, 2, -1], key=abs, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
r = reversed([10, 20])
print(next(r), next(r), next(r, "end"))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 100
print(list(reversed(Seq())))
