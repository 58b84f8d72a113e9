# small: int(str), int(float), round() and literals beyond the small-int range raise (a literal: SyntaxError at
# compile time; an expression of literals: OverflowError when it runs).
import sys
from _check import check
MAX = sys.maxsize
MIN = -MAX - 1
W = MAX.bit_length()
def run(src):
    g = {}
    exec(src, g)
    return g.get("x")
check("int(str(MAX)) == MAX", lambda: int(str(MAX)) == MAX)
check("int(str(MIN)) == MIN", lambda: int(str(MIN)) == MIN)
check("int(str(MAX) + '0')", lambda: int(str(MAX) + "0"))
check("int(str(MIN) + '0')", lambda: int(str(MIN) + "0"))
check("int(hex(MAX), 16) == MAX", lambda: int(hex(MAX), 16) == MAX)
check("int(bin(MIN), 0) == MIN", lambda: int(bin(MIN), 0) == MIN)
check("int('9' * 20)", lambda: int("9" * 20))
check("int(' 1_000 ')", lambda: int(" 1_000 "))
check("int('12x')", lambda: int("12x"))
check("int('9' * 40 + 'x')", lambda: int("9" * 40 + "x"))
check("int(float(2 ** (W - 1)) * 2)", lambda: int(float(2 ** (W - 1)) * 2))
check("int(-float(2 ** (W - 1)) * 2) == MIN", lambda: int(-float(2 ** (W - 1)) * 2) == MIN)
check("int(1e30)", lambda: int(1e30))
check("int(-1e300)", lambda: int(-1e300))
check("int(12345.9)", lambda: int(12345.9))
check("round(1e30)", lambda: round(1e30))
check("round(-2.5e6)", lambda: round(-2.5e6))
check("int(float('inf'))", lambda: int(float("inf")))
check("literal MAX", lambda: run("x = " + str(MAX)) == MAX)
check("literal MAX * 10", lambda: run("x = " + str(MAX) + "0"))
check("literal 2 ** 64", lambda: run("x = 18446744073709551616"))
check("literal 0x1" + "0" * 16, lambda: run("x = 0x1" + "0" * 16))
check("folded MAX + 1", lambda: run("x = " + str(MAX) + " + 1"))
check("folded 1 << W", lambda: run("x = 1 << " + str(W)))
check("-(MIN): its literal is MAX + 1", lambda: run("x = -(" + str(MIN) + ")"))
check("folded in range", lambda: run("x = (1 << " + str(W - 1) + ") - 1 + (1 << " + str(W - 1) + ")") == MAX)
check("unreached", lambda: run("x = 1\nif x == 0:\n    x = 2 ** 64\n"))
check("literal in a function", lambda: run("def f():\n    return 18446744073709551616\nx = 1\n"))
