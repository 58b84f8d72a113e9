# small: * and ** raise OverflowError past the small-int range; products just inside stay exact.
import sys
from _check import check
MAX = sys.maxsize
MIN = -MAX - 1
W = MAX.bit_length()
H = 2 ** (W // 2)
check("MAX * 1 == MAX", lambda: MAX * 1 == MAX)
check("MAX * 2", lambda: MAX * 2)
check("MAX * -1 == -MAX", lambda: MAX * -1 == -MAX)
check("MIN * -1", lambda: MIN * -1)
check("MIN * 1 == MIN", lambda: MIN * 1 == MIN)
check("H * H", lambda: H * H)
check("H * (H // 2) == 2 ** (W - 1)", lambda: H * (H // 2) == 2 ** (W - 1))
check("-H * H == MIN", lambda: -H * H == MIN)
check("MAX * 0", lambda: MAX * 0)
check("2 ** W", lambda: 2 ** W)
check("2 ** (W - 1) > 0", lambda: 2 ** (W - 1) > 0)
check("(-2) ** W", lambda: (-2) ** W)
check("(-2) ** (W - 1) == -(2 ** (W - 1))", lambda: (-2) ** (W - 1) == -(2 ** (W - 1)))
check("(-2) ** (W + 1)", lambda: (-2) ** (W + 1))
check("10 ** 30", lambda: 10 ** 30)
check("2 ** 100", lambda: 2 ** 100)
check("0 ** MAX", lambda: 0 ** MAX)
check("1 ** MAX", lambda: 1 ** MAX)
check("(-1) ** MAX", lambda: (-1) ** MAX)
check("2 ** MAX", lambda: 2 ** MAX)
check("2 ** -2", lambda: 2 ** -2)
check("MIN ** 2", lambda: MIN ** 2)
check("pow(3, MAX, 1000) in range(1000)", lambda: pow(3, MAX, 1000) in range(1000))
check("pow(MAX, MAX, MIN) == -1", lambda: pow(MAX, MAX, MIN) == -1)
check("pow(MIN, 3, 10007)", lambda: pow(MIN, 3, 10007) == (MIN % 10007) * (MIN % 10007) % 10007 * (MIN % 10007) % 10007)
check("pow(7, -1, 10007)", lambda: pow(7, -1, 10007))
check("pow(-3, 5, -7)", lambda: pow(-3, 5, -7))
v, n = 1, 0
try:
    while n < 100:
        v *= 3
        n += 1
except OverflowError:
    print("3 ** n stops at the largest power below MAX:", v <= MAX, v > MAX // 3)
