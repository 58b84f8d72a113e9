# Exceptions raised in native code propagate with the same types and messages as bytecode's.
import micropython


@micropython.native
def divide(a, b):
    return a // b


@micropython.native
def modulo(a, b):
    return a % b


@micropython.native
def add(a, b):
    return a + b


@micropython.native
def missing():
    return undefined_name + 1


@micropython.native
def unbound(flag):
    if flag:
        x = 1
    return x


@micropython.native
def attribute(obj):
    return obj.nope


@micropython.native
def index(seq, i):
    return seq[i]


@micropython.native
def raises(kind):
    if kind == 0:
        raise ValueError("bad value")
    if kind == 1:
        raise KeyError
    raise TypeError("kind %d" % kind)


@micropython.native
def not_callable():
    x = 5
    return x()


@micropython.native
def unpack(t):
    a, b = t
    return a


def call_into_bytecode_that_raises():
    raise OSError(5)


@micropython.native
def via_bytecode():
    call_into_bytecode_that_raises()
    return "not reached"


@micropython.native
def after_error_in_loop(n):
    total = 0
    for i in range(n):
        total += 10 // (3 - i)
    return total


for f, args in [
    (divide, (1, 0)),
    (modulo, (1, 0)),
    (divide, (1.0, 0)),
    (add, (1, "a")),
    (add, ("a", 1)),
    (add, (None, None)),
    (missing, ()),
    (unbound, (False,)),
    (attribute, (5,)),
    (index, ([1], 5)),
    (index, ({}, "k")),
    (index, (5, 0)),
    (raises, (0,)),
    (raises, (1,)),
    (raises, (2,)),
    (not_callable, ()),
    (unpack, ((1, 2, 3),)),
    (unpack, ((1,),)),
    (unpack, (5,)),
    (via_bytecode, ()),
    (after_error_in_loop, (5,)),
]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

print(unbound(True))


def bytecode_catches():
    try:
        divide(1, 0)
    except ZeroDivisionError:
        return "caught in bytecode"


print(bytecode_catches())
