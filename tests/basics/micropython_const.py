# micropython.const(): folded by the compiler, yet `from micropython import const` and `micropython.const(...)`
# still run. CPython has no micropython module, hence the .exp file.
from micropython import const
import micropython

X = const(40)
_Y = const(2)
SHIFTED = const(1 << 4)
print(X + _Y, SHIFTED)
print(micropython.const(5) * 2)


def twice():
    return X * 2


print(twice())
print(const("text"), const((1, 2)))
