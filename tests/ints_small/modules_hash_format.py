# small: ints from modules (math, random, json, time) and hash()/text forms stay inside the small-int range.
import sys
import math
import random
import json
import time
from _check import check
MAX = sys.maxsize
MIN = -MAX - 1
W = MAX.bit_length()
check("factorial(12)", lambda: math.factorial(12))
check("factorial(21)", lambda: math.factorial(21))
check("comb(30, 15)", lambda: math.comb(30, 15))
check("comb(100, 50)", lambda: math.comb(100, 50))
check("isqrt(MAX) ** 2 <= MAX", lambda: math.isqrt(MAX) ** 2 <= MAX)
check("isqrt(10 ** 8)", lambda: math.isqrt(10 ** 8))
check("gcd(MIN, 6)", lambda: math.gcd(MIN, 6))
check("gcd(MIN, MIN)", lambda: math.gcd(MIN, MIN))
check("floor(1e30)", lambda: math.floor(1e30))
check("ceil(-2.5)", lambda: math.ceil(-2.5))
check("getrandbits(W) <= MAX", lambda: all(0 <= random.getrandbits(W) <= MAX for i in range(20)))
check("getrandbits(W + 1)", lambda: random.getrandbits(W + 1))
check("randrange(MAX)", lambda: 0 <= random.randrange(MAX) < MAX)
check("json.loads", lambda: json.loads("[" + str(MAX) + ", " + str(MIN) + "]") == [MAX, MIN])
check("json.loads 10 ** 30", lambda: json.loads("1" + "0" * 30))
check("json.dumps", lambda: json.dumps([MIN, MAX]) == "[" + str(MIN) + ", " + str(MAX) + "]")
try:
    ok = time.time_ns() > 0
except OverflowError:
    ok = W < 62  # 31-bit small ints cannot hold nanoseconds since the epoch
print("time_ns", ok)
check("hash", lambda: (hash(-1), hash(0), hash(12345), hash(MAX) == hash(MAX), hash(MIN) == hash(float(MIN))))
check("str/repr", lambda: (str(MAX) == repr(MAX), int(str(MIN)) == MIN, str(MIN)[0]))
check("%", lambda: "%d|%x|%o" % (MIN, MAX, MAX) == "{:d}|{:x}|{:o}".format(MIN, MAX, MAX))
check("format", lambda: (format(MIN, ",").count(",") == (len(str(MIN)) - 2) // 3, f"{MAX:#x}" == hex(MAX)))
check("bin", lambda: bin(MIN) == "-0b1" + "0" * W)
