# struct: struct.error (an Exception subclass) for bad formats, short buffers, wrong counts and out-of-range values.
import struct

print(issubclass(struct.error, Exception), struct.error.__name__)
cases = [
    ("unpack", ("<i", b"12")), ("unpack", ("<i", b"12345")), ("unpack", ("<h", b"")),
    ("pack", ("<h", 70000)), ("pack", ("<H", -1)), ("pack", ("B", 256)), ("pack", ("b", -129)),
    ("pack", ("<Q", -1)), ("pack", ("<q", 2 ** 64)), ("pack", ("<I", 2 ** 32)), ("pack", ("<i", 2 ** 31)),
    ("pack", ("<l", -2 ** 31 - 1)), ("pack", ("<L", 2 ** 40)), ("pack", ("<I", 2 ** 70)), ("pack", ("<b", 2 ** 70)),
    ("pack", ("<i", "a")), ("pack", ("<i", 3.0)), ("pack", ("<f", "a")), ("pack", ("<c", b"ab")),
    ("pack", ("<c", "a")), ("pack", ("<s", "ab")), ("pack", ("<i", 1, 2)), ("pack", ("<ii", 1)),
    ("pack", ("<y", 1)), ("pack", ("<n", 1)), ("pack", ("<P", 1)), ("calcsize", ("<3",)), ("calcsize", ("<z",)),
    ("pack", ("<Q", 2 ** 64)), ("pack", ("<q", -2 ** 63 - 1)),
]
for name, args in cases:
    try:
        print(name, args, getattr(struct, name)(*args))
    except struct.error as e:
        print(name, args, "struct.error:", e)
for bad in [lambda: struct.pack("<f", 1e300), lambda: struct.pack("<e", 1e300), lambda: struct.pack("<e", 65520.0)]:
    try:
        bad()
    except OverflowError as e:
        print("OverflowError", e)
for bad in [lambda: struct.unpack("<i", "abcd"), lambda: struct.pack(5), lambda: struct.calcsize(None)]:
    try:
        bad()
    except TypeError:
        print("TypeError")
try:
    raise struct.error("custom")
except Exception as e:
    print(type(e).__name__, e.args)
