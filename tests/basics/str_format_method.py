# str.format with positional, keyword, index and attribute fields.
print("{} {} {}".format(1, "two", 3.0))
print("{1} {0} {1}".format("a", "b"))
print("{name}-{n:03d}".format(name="item", n=7))
print("{0[1]} {1[key]}".format([10, 20], {"key": "v"}))
class P:
    x = 3
print("{0.x} {p.x}".format(P(), p=P()))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("r", "l", "c", "s"))
print("{:+d} {: d} {:x} {:#x} {:#o} {:#b}".format(5, 5, 255, 255, 8, 5))
print("{{literal}} {}".format("x"))
print("{!r} {!s}".format("q", "q"))
print("{:,} {:_}".format(10 ** 7, 10 ** 7))
print(format(42), format(42, "5"), format("s", ">3"))
