# Everything that is not float keeps working: big ints, bit operations, strings, containers, classes, generators.
print(2 ** 100 - 1, (2 ** 100) // 3, (2 ** 100) % 97, -(2 ** 64) >> 3, 1 << 70, 0xff & 0x0f | 0x100 ^ 1)
print((2 ** 80).bit_length(), (1000).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(sorted({3: "c", 1: "a", 2: "b"}.items()), {1, 2} | {3}, [x * x for x in range(5) if x % 2])
d = {"one": 1, 2: "two", (3,): [3]}
print(d, list(d.keys()), len(d), d.get(4, "none"))
s = "Mica without float"
print(s.upper(), s.split(), s.find("float"), s[::-1], "-".join(["a", "b"]), "%s=%d" % ("x", 5))
print(repr(b"\x00ab"), bytearray(b"xy"), bytes(range(3)), memoryview(b"abc")[1])


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        while self.n < 3:
            self.n += 1
            yield self.n


print(list(Counter()), sum(Counter()), max(Counter()))
print(bool(0), bool(7), not [], None is None, 3 == 3, 3 != 4, 1 < 2 < 3)
print(tuple(reversed(range(4))), list(zip("ab", [1, 2])), list(enumerate("xy", 1)), list(map(abs, [-1, 2])))
print(all([1, 2]), any([0, 0]), hash("x") == hash("x"), id(s) == id(s), isinstance(2 ** 70, int))
try:
    [][1]
except IndexError as e:
    print("IndexError", e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError", e)
