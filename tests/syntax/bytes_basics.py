# bytes values: indexing, slicing, comparison, iteration (no bytes methods).
b = b"\x00\x01hello\xff"
print(len(b), b[0], b[2], b[-1], b[2:7], b[::-1][:2])
print([x for x in b"AZaz"], b"abc" == b"abc", b"abc" < b"abd", b"" < b"\x00")
print(b"ab" + b"cd", b"-" * 3, b"l" in b"hello", 104 in b"hello")
print(repr(b"quote'"), repr(b'dq"'), repr(b"both'\""), repr(b"\t\n\r\\"))
d = {b"key": 1}
print(d[b"key"], b"key" == "key", type(b[0]).__name__)
