# bytearray mutators: append, extend, insert, pop, remove, clear, copy, reverse, slice assignment, +=, *=, del
a = bytearray(b"abc")
a.append(100); a.extend(b"ef"); a.extend([103, 104]); a.extend(bytearray(b"i")); a.insert(0, 95); a.insert(-1, 33)
a.insert(100, 36)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(101); print(a)
b = a.copy(); b.reverse(); print(a, b, a is b)
a[1:3] = b"XYZ"; print(a)
a[::2] = bytes(len(a[::2])); print(a)
a[:] = b"hello"; print(a)
a[1:1] = [1, 2]; print(a)
a[-1] = 33; print(a)
del a[0]; print(a)
del a[::2]; print(a)
del a[:]; print(a)
a += b"xy"; a += bytearray(b"z"); print(a)
a *= 2; print(a)
c = a; c += b"!"; print(a is c, a)
a.extend(a); print(a)
a[0:2] = a; print(a)
a.clear(); print(a, len(a))
for bad in (lambda: a.append(256), lambda: a.append("x"), lambda: a.pop(), lambda: a.remove(1), lambda: a.extend(5),
            lambda: bytearray(b"ab").__setitem__(slice(None, None, 2), b"xyz"), lambda: bytearray(b"a").insert(0, -1),
            lambda: bytearray(b"a").__setitem__(0, 300), lambda: bytearray(b"a").pop(5)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__)
d = bytearray(b"abc")
print(d * 2, 2 * d, d + b"x", b"x" + d, d == b"abc", d < b"abd", d[::-1], d[1], d[-1:], list(d))
