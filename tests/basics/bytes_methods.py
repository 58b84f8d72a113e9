# bytes: constructors, methods, operators and repr, as in CPython.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes(b"xy"), bytes("h\u00e9", "utf-8"))
print(bytes(bytearray(b"ab")), bytes("ab", encoding="ascii"))
print(repr(b"\x00ab'"), repr(b'a"b'), repr(b"'\""), b"\x7f\x80\xff", b"\\")
b = b"hello world"
print(len(b), b[0], b[-1], b[1:4], b[::2], b[::-1], b[10:2:-3], b[100:])
print(list(b"abc"), [x for x in iter(b"\x00\xff")])
print(b"ll" in b, 104 in b, 300 in b"" if False else 0, b"" in b)
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"ab" * 0, b"ab" * -1)
print(b"a" < b"b", b"ab" < b"a", b"ab" <= b"ab", b"b" > b"abc", b"a" == b"a", b"a" != b"a", b"a" == "a")
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], len({b"a", b"a", b"b"}))
print(b.count(b"o"), b.count(b"l", 3), b.count(b""), b.count(111), b.find(b"o"), b.rfind(b"o"), b.find(b"z"))
print(b.index(b"w"), b.rindex(b"l"), b.find(b"o", 5, 8), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b.split(), b.split(b"o"), b.split(b"l", 1), b.rsplit(b"l", 1), b"  a  b ".split(), b" a b ".rsplit(None, 1))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"  x \n".strip(), b"xxaxx".strip(b"x"))
print(b"  x ".lstrip(), b"  x ".rstrip(), b"aXbX".replace(b"X", b"--"), b"aaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"-"))
print(b"AbC".upper(), b"AbC".lower(), b"123".isdigit(), b"12a".isdigit(), b"ab".isalpha(), b" \t".isspace(), b"".isalpha())
print(b"\x00\xffab".hex(), bytes.fromhex("00 ff 41"), bytes.fromhex(""), b"caf\xc3\xa9".decode(), b"abc".decode("ascii"))
print("h\u00e9".encode() if hasattr("", "encode") else b"h\xc3\xa9")
try:
    b"\xff".decode()
except UnicodeError as e:
    print("UnicodeError")
for bad in (lambda: b[20], lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: bytes.fromhex("zz"), lambda: b.index(b"q")):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(b).__name__, str(b"q"), bool(b""), bool(b"\x00"), b"a" b"b")
