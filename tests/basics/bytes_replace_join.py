# bytes/bytearray replace with count (including empty old), join with bytes-likes, and their type errors
s = b"one two one two"
print(s.replace(b"one", b"1"), s.replace(b"one", b"1", 1), s.replace(b"o", b""), s.replace(b"x", b"y"))
print(b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"".replace(b"", b"x"), s.replace(b"t", b"T", 0))
print(s.replace(b"two", b"2", -1), bytearray(b"aXa").replace(b"X", bytearray(b"yy")))
print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b"-".join((b"x",)))
print(bytearray(b"+").join([b"1", b"2"]), b", ".join(x for x in [b"p", b"q"]), b"".join(iter([b"ab", b"cd"])))
for bad in ([b"a", "b"], [1], "ab"):
    try:
        b",".join(bad)
    except TypeError:
        print("TypeError join", repr(bad))
for args in (("a", b"b"), (b"a", "b"), (b"a", b"b", "1")):
    try:
        s.replace(*args)
    except TypeError:
        print("TypeError replace", args)
