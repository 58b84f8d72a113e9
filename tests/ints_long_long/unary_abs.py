# long_long: unary minus and abs() of the most negative int raise OverflowError; every other value negates.
import sys
from _check import check
MAX = sys.maxsize
MIN = -MAX - 1
check("-MIN", lambda: -MIN)
check("abs(MIN)", lambda: abs(MIN))
check("-MAX", lambda: -MAX)
check("abs(-MAX)", lambda: abs(-MAX))
check("abs(MIN + 1)", lambda: abs(MIN + 1))
check("+MIN", lambda: +MIN)
check("+MAX", lambda: +MAX)
check("~MIN", lambda: ~MIN)
check("-(-(2**62))", lambda: -(-(2**62)))
check("abs(-(2**40))", lambda: abs(-(2**40)))
check("-(MIN + 1) == MAX", lambda: -(MIN + 1) == MAX)
check("bool(MIN)", lambda: bool(MIN))
check("-0", lambda: -0)
x = MIN
try:
    x = -x
except OverflowError as e:
    print("x stays", x, e)
