# bytearray: mutation, slices, methods shared with bytes, repr.
a = bytearray(b"hello")
print(a, repr(bytearray()), bytearray(3), bytearray([1, 2]), bytearray("hi", "utf-8"), len(a))
a[0] = 72
a.append(33)
a.extend(b"??")
a.extend([65, 66])
print(a, a[0], a[-1], a[1:3], a[::-1])
a[1:3] = b"EY"
print(a)
a[1:3] = b""
print(a)
a[0:0] = bytearray(b"<<")
print(a)
del a[0]
del a[::2]
print(a)
a[::2] = b"x" * len(a[::2])
print(a, a.pop(), a.pop(0), a)
a.insert(0, 49)
a.insert(-1, 50)
a.insert(100, 51)
a.remove(50)
print(a)
a.reverse()
print(a, a.copy() == a, a.copy() is a)
b = bytearray(b"abc")
b += b"def"
c = b
c += bytearray(b"!")
print(b, c is b, b * 2, b + b"x", b"x" + b, type(b"x" + b).__name__, type(b + b"x").__name__)
b[:] = b
print(b, b.upper(), b.split(b"d"), b.find(b"d"), b.count(b"a"), b.hex(), bytearray.fromhex("4142"))
print(b == b"abcdef!", b"abcdef!" == b, b < bytearray(b"b"), 97 in b, b"cd" in b, b.decode())
b.clear()
print(b, len(b), bool(b))
for bad in (lambda: b.pop(), lambda: a.remove(200), lambda: a.__setitem__(0, 300), lambda: hash(a), lambda: a["x"]):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(bytearray(b"xy")), bytes(bytearray(b"z")), b"-".join([bytearray(b"p"), b"q"]))
