# bytes/bytearray find/rfind/index/rindex/count with int needles, bytes-like needles and start/end (negative too)
s = b"abcabcab"
print(s.find(98), s.find(98, 2), s.rfind(98), s.rfind(98, 0, 4), s.find(b"ca"), s.rfind(b"ca"), s.find(b"zz"))
print(s.index(99), s.rindex(b"ab"), s.index(b"b", -3), s.find(b"a", -100, 100), s.find(b"", 8), s.find(b"", 9))
print(s.count(97), s.count(b"ab"), s.count(b"ab", 1), s.count(b"", 2, 5), s.count(b"", 9), s.count(b"a", 5, 1))
print(s.find(bytearray(b"c")), s.count(memoryview(b"b")), bytearray(s).find(99), bytearray(s).rindex(b"c"))
print(s.find(97, None, None), s.rfind(b"a", None, -1), 98 in s, b"ca" in s, 120 in s, b"" in s)
for op in (s.index, s.rindex):
    try:
        op(b"x")
    except ValueError:
        print("ValueError", op.__name__)
for bad in ("a", 256, -1, 1.0):
    try:
        s.find(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, repr(bad))
    try:
        s.count(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, repr(bad))
try:
    "a" in s
except TypeError:
    print("TypeError in")
