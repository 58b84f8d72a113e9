# long_long: + and - (also in place) raise OverflowError just outside int64 and work just inside.
import sys
from _check import check
MAX = sys.maxsize
MIN = -MAX - 1
print(MAX == 2**62 - 1 + 2**62, MIN)
check("MAX + 1", lambda: MAX + 1)
check("MAX + 0", lambda: MAX + 0)
check("MIN - 1", lambda: MIN - 1)
check("MIN + MAX", lambda: MIN + MAX)
check("MAX - MIN", lambda: MAX - MIN)
check("MIN - MIN", lambda: MIN - MIN)
check("MAX + MAX", lambda: MAX + MAX)
check("MIN + MIN", lambda: MIN + MIN)
check("1 + MAX", lambda: 1 + MAX)
check("-1 - MAX", lambda: -1 - MAX)
check("-2 - MAX", lambda: -2 - MAX)
check("True + MAX", lambda: True + MAX)
x = MAX - 3
for i in range(5):
    try:
        x += 1
        print("x", x)
    except OverflowError as e:
        print("in place", type(e).__name__, e)
y = MIN + 1
try:
    y -= 2
except OverflowError:
    print("y unchanged", y)
print(2**40 + 2**40, 2**62 - 1 + 2**62, -(2**62) - 2**62)
