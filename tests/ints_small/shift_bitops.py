# small: << raises when a bit would leave the small-int range; >> & | ^ ~ never overflow.
import sys
from _check import check
MAX = sys.maxsize
MIN = -MAX - 1
W = MAX.bit_length()
check("1 << (W - 1) == 2 ** (W - 1)", lambda: 1 << (W - 1) == 2 ** (W - 1))
check("1 << W", lambda: 1 << W)
check("-1 << W == MIN", lambda: -1 << W == MIN)
check("-1 << (W + 1)", lambda: -1 << (W + 1))
check("1 << 64", lambda: 1 << 64)
check("1 << 1000", lambda: 1 << 1000)
check("0 << 1000", lambda: 0 << 1000)
check("MAX << 1", lambda: MAX << 1)
check("MIN << 1", lambda: MIN << 1)
check("1 << -1", lambda: 1 << -1)
check("MAX >> (W - 1)", lambda: MAX >> (W - 1))
check("MIN >> W", lambda: MIN >> W)
check("MIN >> 1000", lambda: MIN >> 1000)
check("MAX >> MAX", lambda: MAX >> MAX)
check("MAX & MIN", lambda: MAX & MIN)
check("MAX | MIN", lambda: MAX | MIN)
check("MAX ^ MIN", lambda: MAX ^ MIN)
check("~MAX == MIN", lambda: ~MAX == MIN)
check("~MIN == MAX", lambda: ~MIN == MAX)
check("bit_length", lambda: (MAX.bit_length() == W, MIN.bit_length() == W + 1))
v, n = 1, 0
try:
    while n < 100:
        v <<= 1
        n += 1
except OverflowError as e:
    print("shifted", n == W - 1, e)
