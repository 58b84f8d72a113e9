# long_long: * raises OverflowError for products outside int64, with every sign combination.
import sys
from _check import check
MAX = sys.maxsize
MIN = -MAX - 1
check("MAX * 1", lambda: MAX * 1)
check("MAX * 2", lambda: MAX * 2)
check("MAX * -1", lambda: MAX * -1)
check("MIN * 1", lambda: MIN * 1)
check("MIN * -1", lambda: MIN * -1)
check("-1 * MIN", lambda: -1 * MIN)
check("2**31 * 2**31", lambda: 2**31 * 2**31)
check("2**32 * 2**31", lambda: 2**32 * 2**31)
check("-(2**32) * 2**31", lambda: -(2**32) * 2**31)
check("2**32 * 2**32", lambda: 2**32 * 2**32)
check("3037000499 ** 2", lambda: 3037000499 * 3037000499)
check("3037000500 ** 2", lambda: 3037000500 * 3037000500)
check("-3037000500 * 3037000500", lambda: -3037000500 * 3037000500)
check("MAX * 0", lambda: MAX * 0)
check("MIN * 0", lambda: MIN * 0)
check("MIN * True", lambda: MIN * True)
check("[0] * 3 stays small", lambda: len([0] * 3))
v = 1
n = 0
try:
    while True:
        v *= 10
        n += 1
except OverflowError:
    print("10 **", n, "overflows; last", v)
