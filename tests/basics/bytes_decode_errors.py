# bytes.decode / str.encode: codec names and aliases, errors strict/ignore/replace, unknown encodings
data = b"caf\xc3\xa9"
for name in ("utf-8", "UTF-8", "utf8", "utf_8", "U8"):
    print(name, data.decode(name))
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("iso-8859-1"), b"caf\xe9".decode("Latin1"))
print(b"abc".decode("ascii"), b"abc".decode("US-ASCII"), bytearray(b"hi").decode(), memoryview(b"m").tobytes().decode())
bad = b"a\xffb\xc3(c\xe2\x82d\xf0\x9f\x98"
print(repr(bad.decode("utf-8", "ignore")), repr(bad.decode("utf-8", "replace")), repr(bad.decode(errors="replace")))
print(repr(b"a\x80b".decode("ascii", "replace")), repr(b"a\x80b".decode("ascii", errors="ignore")))
print(repr(b"\xed\xa0\x80x".decode("utf-8", "replace")), repr(b"\xc0\xaf".decode("utf-8", "replace")))
print(b"ok".decode("utf-8", "no-such-handler"))
for encoding in ("utf-8", "ascii"):
    try:
        bad.decode(encoding)
    except UnicodeError as e:
        print("UnicodeError", encoding, isinstance(e, ValueError))
try:
    b"a".decode("xyz")
except LookupError as e:
    print("LookupError", e)
try:
    b"\xff".decode("utf-8", "no-such-handler")
except LookupError:
    print("LookupError handler")
print("café".encode(), "café".encode("latin-1"), "café".encode("ascii", "ignore"), "café€".encode("latin-1", "replace"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "latin-1"), str(b"x\xff", "ascii", "replace"), str(b"a", encoding="ascii"))
try:
    "€".encode("latin-1")
except UnicodeError:
    print("UnicodeError encode")
try:
    "a".encode("xyz")
except LookupError as e:
    print("LookupError", e)
try:
    str(5, "utf-8")
except TypeError:
    print("TypeError str")
