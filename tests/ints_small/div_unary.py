# small: MIN // -1, divmod(MIN, -1), -MIN and abs(MIN) raise OverflowError; the rest of // % / stays exact.
import sys
from _check import check
MAX = sys.maxsize
MIN = -MAX - 1
check("MIN // -1", lambda: MIN // -1)
check("divmod(MIN, -1)", lambda: divmod(MIN, -1))
check("MIN % -1", lambda: MIN % -1)
check("-MIN", lambda: -MIN)
check("abs(MIN)", lambda: abs(MIN))
check("-MAX == MIN + 1", lambda: -MAX == MIN + 1)
check("abs(-MAX) == MAX", lambda: abs(-MAX) == MAX)
check("+MIN == MIN", lambda: +MIN == MIN)
check("MIN // 1 == MIN", lambda: MIN // 1 == MIN)
check("MAX // -1 == -MAX", lambda: MAX // -1 == -MAX)
check("MIN // 2 * 2 == MIN", lambda: MIN // 2 * 2 == MIN)
check("MAX % 7 + MAX // 7 * 7 == MAX", lambda: MAX % 7 + MAX // 7 * 7 == MAX)
check("divmod(MIN, MAX) == (-2, MAX - 1)", lambda: divmod(MIN, MAX) == (-2, MAX - 1))
check("divmod(-7, MAX) == (-1, MAX - 7)", lambda: divmod(-7, MAX) == (-1, MAX - 7))
check("MIN // MIN", lambda: MIN // MIN)
check("MAX // 0", lambda: MAX // 0)
check("MIN % 0", lambda: MIN % 0)
check("MIN / -1 == -float(MIN)", lambda: MIN / -1 == -float(MIN))
check("MAX / MAX", lambda: MAX / MAX)
x = MIN
try:
    x = -x
except OverflowError as e:
    print("x stays", x == MIN, e)
