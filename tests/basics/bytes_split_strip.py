# bytes/bytearray split/rsplit (None separator, maxsplit, keywords) and the strip family with arguments
s = b"  alpha beta\tgamma\n delta  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2), s.rsplit(maxsplit=0))
print(b"a,b,,c,".split(b","), b"a,b,,c,".split(b",", 2), b"a,b,,c,".rsplit(b",", 2), b"a,b".rsplit(sep=b","))
print(b"".split(), b"".split(b","), b"   ".split(), b"abc".split(b"abc"), b"a--b--".split(b"--"))
print(b"a\x1cb\x85c".split(), bytearray(b"x y").split(), bytearray(b"x,y").rsplit(b",", 1))
print(b"a,b".split(bytearray(b",")), b"a,b".split(b",", -1), b"a b".split(None, -5))
print(s.strip(), s.lstrip(), s.rstrip(), b"xxhixx".strip(b"x"), b"xyhiyx".lstrip(b"yx"), b"hi!?".rstrip(b"?!"))
print(b"abc".strip(b""), b"aaa".strip(b"a"), bytearray(b" a ").strip(), bytearray(b"-a-").rstrip(b"-"))
print(b"\x0b\x0c a \x1c".strip(), b"xax".strip(None), b"xax".strip(bytearray(b"x")))
for bad in ("x", 1):
    try:
        b"a b".split(bad)
    except TypeError:
        print("TypeError split", repr(bad))
    try:
        b"a b".strip(bad)
    except TypeError:
        print("TypeError strip", repr(bad))
try:
    b"a".split(b"")
except ValueError as e:
    print("ValueError", e)
try:
    b"a".split(bad=1)
except TypeError:
    print("TypeError keyword")
