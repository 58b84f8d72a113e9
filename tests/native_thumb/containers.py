# Displays, subscripts, slices, attributes, unpacking and in-place operators on them, in native code.
import micropython


@micropython.native
def displays(a, b):
    return [], [a], [a, b, a + b], (), (a,), (a, b), {}, {"a": a, b: "b"}, [[a], (b,)]


print(displays(1, 2))


@micropython.native
def subscripts(seq, d):
    first = seq[0]
    last = seq[-1]
    seq[1] = "set"
    d["new"] = first
    d["count"] += 5
    seq[0] += 100
    return first, last, seq, sorted(d.items()), seq[1:3], seq[::-1], seq[:], seq[-2:]


print(subscripts([1, 2, 3, 4], {"count": 1}))


@micropython.native
def slice_store(seq):
    seq[1:3] = ["x"]
    return seq


print(slice_store([0, 1, 2, 3]))


class Point:
    pass


@micropython.native
def attributes(p):
    p.x = 3
    p.y = 4
    p.x += 10
    return p.x * p.y


p = Point()
print(attributes(p), p.x, p.y)


@micropython.native
def unpacking(t):
    a, b, c = t
    (d, e), f = (a, b), c
    return f, e, d


print(unpacking((1, 2, 3)))
print(unpacking("xyz"))


@micropython.native
def strings(s):
    out = ""
    for ch in s:
        out += ch.upper()
    return out + "!" * 2


print(strings("abc"))


@micropython.native
def bytes_work(n):
    buf = bytearray(n)
    for i in range(n):
        buf[i] = i * 3
    return bytes(buf), buf[2]


print(bytes_work(5))


@micropython.native
def floats(x):
    total = 0.0
    for i in range(4):
        total += x * i
    return total, x / 3, x // 1, -x


print(floats(1.5))
