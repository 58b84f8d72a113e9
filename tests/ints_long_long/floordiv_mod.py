# long_long: // % divmod() at the edges: MIN // -1 raises, MIN % -1 is 0, the floor rules hold for big values.
import sys
from _check import check
MAX = sys.maxsize
MIN = -MAX - 1
check("MIN // -1", lambda: MIN // -1)
check("MIN % -1", lambda: MIN % -1)
check("divmod(MIN, -1)", lambda: divmod(MIN, -1))
check("MIN // 1", lambda: MIN // 1)
check("MAX // -1", lambda: MAX // -1)
check("MIN // 2", lambda: MIN // 2)
check("MIN // 7", lambda: MIN // 7)
check("MIN % 7", lambda: MIN % 7)
check("MAX % -7", lambda: MAX % -7)
check("divmod(MAX, 10)", lambda: divmod(MAX, 10))
check("divmod(MIN, 10)", lambda: divmod(MIN, 10))
check("divmod(MIN, MAX)", lambda: divmod(MIN, MAX))
check("divmod(-7, MAX)", lambda: divmod(-7, MAX))
check("MAX // MIN", lambda: MAX // MIN)
check("MIN // MIN", lambda: MIN // MIN)
check("MIN % MIN", lambda: MIN % MIN)
check("MAX // 0", lambda: MAX // 0)
check("MIN % 0", lambda: MIN % 0)
check("divmod(MIN, 0)", lambda: divmod(MIN, 0))
check("2**62 // 3", lambda: 2**62 // 3)
check("-(2**62) % 1000000007", lambda: -(2**62) % 1000000007)
check("MIN / -1", lambda: MIN / -1)
check("MAX / 2**62", lambda: MAX / 2**62)
