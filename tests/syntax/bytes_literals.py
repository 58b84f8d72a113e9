# bytes literals with every prefix and escape; indexing gives ints.
b = b"abc\x00\xff\n\t\\\'\""
print(b, len(b), b[0], b[4], b[-1])
print(B"upper", rb"\x00", br"\n", len(rb"\n"))
print(b'single', b"""triple
quoted""")
print(b"\101\102", b"a" + b"b", b"ab" * 2, b"" == b"", b"a" < b"b")
print(list(b"hi"), b"x" in b"xyz", b[1:3], b[::-1][:3])
print(type(b).__name__, str(b"q"), repr(b"\x7f\x80"), b"\x41" == b"A")
