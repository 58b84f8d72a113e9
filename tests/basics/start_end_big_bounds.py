# start/end arguments of find, index, count, startswith... clamp like slice bounds: ints of any size never overflow.
import sys

big = sys.maxsize
huge = 10 ** 30
for s in ("hello", b"hello", bytearray(b"hello")):
    l = s[1:2]
    print(s.find(l, 0, big), s.find(l, -big), s.find(l, -huge, huge), s.find(l, huge), s.rfind(l, 0, huge))
    print(s.index(l, -huge, huge), s.count(l, 0, huge), s.count(l, huge, -huge), s.rindex(l, -huge))
    print(s.startswith(s[:2], -huge, huge), s.endswith(s[-2:], 0, huge), s.startswith(s[:1], huge))
    print(s.find(s[:0], 5, huge), s.find(s[:0], 6, huge), s.find(s[:0], huge), s.count(s[:0], 0, huge))
    print(s.find(l, None, huge), s.find(l, -huge, None))

for seq in ([1, 2, 3, 2], (1, 2, 3, 2)):
    print(seq.index(2, 0, big), seq.index(2, -huge, huge), seq.index(2, 2, huge), seq.index(3, -2 - huge + huge))
    for args in ((2, huge), (2, 0, -huge), (1, -1, huge)):
        try:
            seq.index(*args)
        except ValueError:
            print("ValueError", args[1:])
    for bad in ((2, None), (2, 0, None), (2, "0"), (2, 0, [1])):
        try:
            seq.index(*bad)
        except TypeError as e:
            print("TypeError", e)

for bad in (("l", "0"), ("l", 0, [1])):
    try:
        "hello".find(*bad)
    except TypeError as e:
        print("TypeError", e)

# Elsewhere a huge int still overflows, as in CPython.
for f in (lambda: [1].insert(huge, 0), lambda: "ab".split("a", huge), lambda: "a".replace("a", "b", huge)):
    try:
        f()
        print("no error")
    except OverflowError:
        print("OverflowError")
