# small: + and - raise OverflowError one past the small-int range, whatever its width (sys.maxsize is its top).
import sys
from _check import check
MAX = sys.maxsize
MIN = -MAX - 1
W = MAX.bit_length()
print(W in (30, 62), MAX == 2 ** (W - 1) - 1 + 2 ** (W - 1), MIN == -(2 ** (W - 1)) * 2, MIN == ~MAX)
check("MAX + 1", lambda: MAX + 1)
check("MAX + 0 == MAX", lambda: MAX + 0 == MAX)
check("MIN - 1", lambda: MIN - 1)
check("MIN + MAX", lambda: MIN + MAX)
check("MAX - MIN", lambda: MAX - MIN)
check("MIN - MIN", lambda: MIN - MIN)
check("MAX + MAX", lambda: MAX + MAX)
check("MIN + MIN", lambda: MIN + MIN)
check("-1 - MAX == MIN", lambda: -1 - MAX == MIN)
check("-2 - MAX", lambda: -2 - MAX)
check("True + MAX", lambda: True + MAX)
check("(MAX - 1) + 1 == MAX", lambda: (MAX - 1) + 1 == MAX)
x = MAX - 2
n = 0
try:
    while n < 10:
        x += 1
        n += 1
except OverflowError as e:
    print("in place after", n, "steps:", e, x == MAX)
print(sum([MAX // 2, MAX // 2, 1]) == MAX)
try:
    sum([MAX, 1])
except OverflowError as e:
    print("sum", e)
