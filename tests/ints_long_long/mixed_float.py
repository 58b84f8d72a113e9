# long_long: ints near the int64 limits mixed with floats: arithmetic goes to float, comparisons stay exact.
import sys
MAX = sys.maxsize
MIN = -MAX - 1
print(MAX + 1.0, MIN - 1.0, MAX * 2.0, MIN / 2, MAX / -1)
print(MAX < 2.0 ** 63, MAX == 2.0 ** 63, MAX + 0.0 == 2.0 ** 63, MIN == -(2.0 ** 63), MIN < -(2.0 ** 63))
print(MAX > 9.2e18, MAX > 9.3e18, 2**62 == 2.0 ** 62, 2**62 + 1 == 2.0 ** 62, 2**62 + 1 > 2.0 ** 62)
print(MAX // 1.5, MIN % 7.5, divmod(MIN, 2.0), 2 ** 40 * 0.5, (2 ** 53 + 1) * 1.0)
print(float(2 ** 53 + 1), float(MAX - 512), float(MAX - 511), float(-(2 ** 62) - 1))
print(max(MAX, 9.3e18), min(MIN, -9.3e18), sorted([2.0 ** 63, MAX, MIN, -(2.0 ** 63)]))
print(hash(2 ** 40) == hash(2.0 ** 40), hash(MIN) == hash(-(2.0 ** 63)), {2 ** 62: "a"}[2.0 ** 62])
