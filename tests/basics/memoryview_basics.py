# memoryview over bytes and bytearray: views share memory, slices with step 1, writes into bytearray.
b = b"hello world"
m = memoryview(b)
print(len(m), m[0], m[-1], m.readonly)
print(m.tobytes(), bytes(m), m.tolist()[:3], m.hex())
s = m[6:]
print(len(s), s.tobytes(), s[0], bytes(s[1:3]))
print(m == b, m == b"hello", b == m, m != b"x", m[0:5] == b"hello")
print(list(m[:4]), [x for x in s])
print(type(m).__name__, isinstance(m, memoryview))

ba = bytearray(b"abcdef")
v = memoryview(ba)
print(v.readonly, len(v))
v[0] = 65
v[1:3] = b"XY"
print(ba)
w = v[2:5]
w[0] = 122
print(ba, w.tobytes(), bytes(w))
ba[4] = 33
print(w.tobytes(), w[2])
v2 = memoryview(w)
print(v2.tobytes(), len(v2))
print(bytearray(w), b"-".join([w, b"q"]))
v[:] = bytearray(b"123456")
print(ba, v == ba, v == bytearray(b"123456"))
print(bool(memoryview(b"")), bool(v), m[3:3].tobytes())

for value, key in ((b"toolong", slice(0, 2)), (256, 0), (b"ab", 0)):
    try:
        v[key] = value
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    m[0] = 1
except TypeError:
    print("TypeError readonly")
try:
    print(m[20])
except IndexError:
    print("IndexError")
try:
    memoryview(5)
except TypeError:
    print("TypeError not bytes-like")
try:
    del v[0]
except TypeError:
    print("TypeError del")

r = memoryview(bytearray(b"xyz"))
r.release()
try:
    len(r)
except ValueError:
    print("ValueError released")
