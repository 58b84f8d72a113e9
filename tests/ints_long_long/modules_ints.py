# long_long: ints from modules (math, random, json, time) stay in int64 or raise OverflowError.
import sys
import math
import random
import json
import time
from _check import check
MAX = sys.maxsize
MIN = -MAX - 1
check("factorial(20)", lambda: math.factorial(20))
check("factorial(21)", lambda: math.factorial(21))
check("comb(62, 31)", lambda: math.comb(62, 31))
check("comb(68, 34)", lambda: math.comb(68, 34))
check("perm(20, 20)", lambda: math.perm(20, 20))
check("perm(25, 20)", lambda: math.perm(25, 20))
check("isqrt(MAX)", lambda: math.isqrt(MAX))
check("gcd(MIN, 6)", lambda: math.gcd(MIN, 6))
check("gcd(MIN, MIN)", lambda: math.gcd(MIN, MIN))
check("floor(9e18)", lambda: math.floor(9e18))
check("ceil(-9.3e18)", lambda: math.ceil(-9.3e18))
check("trunc(1e300)", lambda: math.trunc(1e300))
check("getrandbits(63) in range", lambda: all(0 <= random.getrandbits(63) <= MAX for i in range(20)))
check("getrandbits(64)", lambda: random.getrandbits(64))
check("randrange(MAX)", lambda: 0 <= random.randrange(MAX) < MAX)
check("randint(MIN, MIN + 5)", lambda: MIN <= random.randint(MIN, MIN + 5) <= MIN + 5)
check("json.loads MAX", lambda: json.loads("[9223372036854775807, -9223372036854775808]"))
check("json.loads MAX + 1", lambda: json.loads("9223372036854775808"))
check("json.dumps", lambda: json.dumps([MIN, MAX]))
check("time_ns", lambda: time.time_ns() > 10 ** 18)
check("ticks", lambda: time.ticks_diff(time.ticks_ms(), time.ticks_ms()) <= 0)
