# @micropython.native: constants, locals, operators, conditions (the output is CPython's without the decorator).
import micropython


@micropython.native
def constants():
    return (None, True, False, 0, 1, -1, 1073741823, -1073741824, 1073741824, 2**70, "str", b"bytes", 1.5, (1, "a"))


print(constants())


@micropython.native
def arith(a, b):
    return (a + b, a - b, a * b, a // b, a % b, a / b, a ** 2, a << 3, a >> 1, a & b, a | b, a ^ b, -a, +a, ~a)


print(arith(17, 5))
print(arith(-17, 5))
print(arith(1073741823, 3))
print(arith(-1073741824, 7))
print(arith(2**64, 3))


@micropython.native
def float_arith(a, b):
    return (a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, a < b, a == 2.5)


print(float_arith(2.5, 0.5))
print(float_arith(2.5, 2))


@micropython.native
def overflow():
    a = 1073741823
    b = -1073741824
    return (a + 1, a + a, b - 1, b - a, -b, 0 - b, a * a, a ^ b, a & b, a | b)


print(overflow())


@micropython.native
def products(pairs):
    out = []
    for a, b in pairs:
        out.append(a * b)
    return out


print(products([(0, 5), (-1, 7), (3, -4), (-6, -7), (32768, 32768), (32768, -32768), (-1073741824, 1),
                (-1073741824, -1), (1073741823, 2), (46341, 46341), (65536, 65536), (2**40, 0), (7, "ab")]))


@micropython.native
def compare(a, b):
    if a is None:
        return (0, 0, 0, 0, a == b, a != b, a is b, a is not b)
    return (a < b, a <= b, a > b, a >= b, a == b, a != b, a is b, a is not b)


print(compare(1, 2))
print(compare(2, 2))
print(compare(3, 2))
print(compare(2**70, 2**70 + 1))
print(compare("a", "b"))
print(compare(1.5, 1))
print(compare(None, None)[4:])


@micropython.native
def chain(a, b, c):
    return (a < b < c, a < b > c, a == b == c, 1 < a < 10)


print(chain(1, 2, 3))
print(chain(1, 5, 3))
print(chain(4, 4, 4))


@micropython.native
def logic(a, b):
    return (a and b, a or b, not a, not b, a and not b, a or b and a)


print(logic(0, 1))
print(logic(2, 3))
print(logic("", None))
print(logic([1], ""))


@micropython.native
def membership(x, seq):
    return (x in seq, x not in seq)


print(membership(2, [1, 2, 3]))
print(membership("z", "abc"))
print(membership("k", {"k": 1}))


@micropython.native
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10 and n % 2 == 0:
        return "small even"
    elif n < 10 or n == 100:
        return "small odd or hundred"
    else:
        return "big"


for n in (-5, 0, 4, 7, 100, 50):
    print(n, classify(n))


@micropython.native
def ternary(x):
    return "yes" if x else "no"


print(ternary(1), ternary(0), ternary([]), ternary("x"))


@micropython.native
def nothing():
    pass


print(nothing())


@micropython.native
def truthiness(values):
    out = []
    for v in values:
        if v:
            out.append(1)
        else:
            out.append(0)
    return out


print(truthiness([0, 1, -1, "", "a", [], [0], None, 0.0, 2.5, 2**80, {}, (), True, False]))


@micropython.native
def assign():
    a = b = 5
    c, d = 1, 2
    [e, f] = "xy"
    a += 1
    b -= 2
    c *= 10
    d **= 5
    return a, b, c, d, e, f


print(assign())


class Holder:
    pass


@micropython.native
def more_constants(o):
    o.a = o.b = 3
    x = ...
    z = 2j
    return x, z * 1j, o.a + o.b, (1, (2, "s")), -5, not o


print(more_constants(Holder()))
