# slice objects: attributes, indices(), use with lists and strings.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, 3), slice(2, None, -1))
print(s.indices(6), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
data = list("abcdefghij")
print(data[s], "abcdefghij"[s], tuple(range(10))[s])
data[slice(0, 3)] = ["X"]
print(data)
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::3], r[1:2, 3], r[...], r[:])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
