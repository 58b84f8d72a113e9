# long_long: << raises when bits would leave int64 (shift counts up to 63 exact), >> and & | ^ ~ never overflow.
import sys
from _check import check
MAX = sys.maxsize
MIN = -MAX - 1
check("1 << 62", lambda: 1 << 62)
check("1 << 63", lambda: 1 << 63)
check("-1 << 63", lambda: -1 << 63)
check("-1 << 64", lambda: -1 << 64)
check("1 << 64", lambda: 1 << 64)
check("1 << 1000", lambda: 1 << 1000)
check("0 << 1000", lambda: 0 << 1000)
check("3 << 61", lambda: 3 << 61)
check("-3 << 61", lambda: -3 << 61)
check("-2 << 62", lambda: -2 << 62)
check("MAX << 1", lambda: MAX << 1)
check("MIN << 1", lambda: MIN << 1)
check("1 << -1", lambda: 1 << -1)
check("MAX >> 62", lambda: MAX >> 62)
check("MIN >> 63", lambda: MIN >> 63)
check("MIN >> 1000", lambda: MIN >> 1000)
check("MAX >> MAX", lambda: MAX >> MAX)
check("MIN >> 1", lambda: MIN >> 1)
check("MAX & MIN", lambda: MAX & MIN)
check("MAX | MIN", lambda: MAX | MIN)
check("MAX ^ MIN", lambda: MAX ^ MIN)
check("~MAX", lambda: ~MAX)
check("~MIN", lambda: ~MIN)
check("MIN & -MIN + 1", lambda: MIN & (2**40 + 5))
check("bit_length", lambda: (MAX.bit_length(), MIN.bit_length(), (2**40).bit_length()))
v = 1
n = 0
try:
    while True:
        v <<= 1
        n += 1
except OverflowError:
    print("shifted", n, "times:", v)
