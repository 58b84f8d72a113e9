# long_long: a literal beyond int64 is a compile error (SyntaxError); an expression of literals whose value leaves
# int64 is not folded and raises OverflowError when it runs; in-range folds are exact.
from _check import check
def run(src):
    g = {}
    exec(src, g)
    return g.get("x")
check("9223372036854775807", lambda: run("x = 9223372036854775807"))
check("-9223372036854775807 - 1", lambda: run("x = -9223372036854775807 - 1"))
check("9223372036854775808", lambda: run("x = 9223372036854775808"))
check("0xffffffffffffffff", lambda: run("x = 0xffffffffffffffff"))
check("0o777777777777777777777", lambda: run("x = 0o777777777777777777777"))
check("0x7fff_ffff_ffff_ffff", lambda: run("x = 0x7fff_ffff_ffff_ffff"))
check("2 ** 63", lambda: run("x = 2 ** 63"))
check("1 << 63", lambda: run("x = 1 << 63"))
check("-(-9223372036854775807 - 1)", lambda: run("x = -(-9223372036854775807 - 1)"))
check("2 ** 62 * 2 - 1", lambda: run("x = 2 ** 62 * 2 - 1"))
check("2 ** 62 + (2 ** 62 - 1)", lambda: run("x = 2 ** 62 + (2 ** 62 - 1)"))
check("unreached", lambda: run("x = 1\nif x == 0:\n    x = 2 ** 64\n"))
check("compile only", lambda: compile("y = 10 ** 20", "<s>", "exec") is not None)
check("literal in a function", lambda: run("def f():\n    return 18446744073709551616\nx = 1\n"))
print(0x7FFFFFFFFFFFFFFF, -0x7FFFFFFFFFFFFFFF - 1, 0o777777777777777777777 // 8, 1_000_000_000_000_000_000)
