# Every built-in type that CPython lets you subclass: instances behave as the base and carry the subclass's
# methods and attributes.
cases = [(int, 5), (float, 2.5), (str, "ab"), (tuple, (1, 2)), (list, [1]), (dict, {1: 2}), (set, {1}),
         (frozenset, {1}), (bytes, b"xy"), (bytearray, b"xy"), (complex, 1 + 2j)]
for base, arg in cases:
    class Sub(base):
        extra = "E"
        def tag(self):
            return "tag-" + type(self).__name__
    x = Sub(arg)
    print(base.__name__, isinstance(x, base), issubclass(Sub, base), x.tag(), x.extra, x == base(arg),
          len(str(x)) > 0, type(x) is Sub, Sub.__bases__ == (base,))

class B(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def first(self):
        return self[0]
b = B(b"ab")
print(b, b.first(), b.hex(), b.upper(), type(b.upper()).__name__, len(b), b + b"!", b[1:3])

class C(complex):
    @property
    def mag(self):
        return abs(self)
c = C(3, 4)
print(c.mag, c + 1, type(c + 1).__name__, c.real, c.imag, c.conjugate(), c == 3 + 4j, hash(c) == hash(3 + 4j))

class F(float):
    def half(self):
        return self / 2
print(F(3.0).half(), F("1.5") + 1, repr(F(0.1)), int(F(2.9)), round(F(2.5)))

class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s.shout(), s + "x", s * 2, s[0], s == "hi", {s: 1}["hi"], "%s" % s, f"{s:>4}")

class L(list):
    def total(self):
        return sum(self)
l = L([1, 2])
l.append(3)
print(l.total(), l, len(l), l[1:], type(l[1:]).__name__, sorted(L([3, 1])))

class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), len(d), sorted(d.items()))

class T(tuple):
    def second(self):
        return self[1]
t = T((1, 2, 3))
print(t.second(), t, t + (4,), hash(t) == hash((1, 2, 3)))

class I(int):
    def __str__(self):
        return "I(%d)" % int(self)
i = I(7)
print(i, i + 1, type(i + 1).__name__, repr(i), i * 2, i == 7, [10, 20, 30, 40, 50, 60, 70, 80][i], bin(i))
