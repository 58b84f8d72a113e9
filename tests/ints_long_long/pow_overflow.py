# long_long: ** raises OverflowError past int64 (also for huge exponents); 3-argument pow() works on full int64.
import sys
from _check import check
MAX = sys.maxsize
MIN = -MAX - 1
check("2 ** 62", lambda: 2 ** 62)
check("2 ** 63", lambda: 2 ** 63)
check("(-2) ** 63", lambda: (-2) ** 63)
check("(-2) ** 64", lambda: (-2) ** 64)
check("3 ** 39", lambda: 3 ** 39)
check("3 ** 40", lambda: 3 ** 40)
check("10 ** 18", lambda: 10 ** 18)
check("10 ** 19", lambda: 10 ** 19)
check("0 ** MAX", lambda: 0 ** MAX)
check("1 ** MAX", lambda: 1 ** MAX)
check("(-1) ** MAX", lambda: (-1) ** MAX)
check("2 ** MAX", lambda: 2 ** MAX)
check("MAX ** 1", lambda: MAX ** 1)
check("MIN ** 1", lambda: MIN ** 1)
check("MIN ** 2", lambda: MIN ** 2)
check("2 ** -1", lambda: 2 ** -1)
check("pow(2, 10)", lambda: pow(2, 10))
check("pow(3, MAX, MAX)", lambda: pow(3, MAX, MAX))
check("pow(MAX, MAX, MIN)", lambda: pow(MAX, MAX, MIN))
check("pow(MIN, 3, 1000000007)", lambda: pow(MIN, 3, 1000000007))
check("pow(-3, 5, -7)", lambda: pow(-3, 5, -7))
check("pow(2, 100, 2**61 - 1)", lambda: pow(2, 100, 2**61 - 1))
check("pow(123456789, -1, 1000000007)", lambda: pow(123456789, -1, 1000000007))
check("pow(5, 0, 1)", lambda: pow(5, 0, 1))
check("pow(5, 3, 0)", lambda: pow(5, 3, 0))
x = 7
try:
    for i in range(10):
        x **= 2
except OverflowError:
    print("squaring stopped at", x)
