# The float presentation types do not exist for ints without float: ValueError, for %-formatting, format(),
# str.format() and f-strings. Every int type keeps working.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for code in "feEFgG":
    attempt("%" + code, lambda: ("%" + code) % 3)
attempt("%5.2f", lambda: "%5.2f" % 3)
attempt("b%f", lambda: b"%f" % 3)
for code in "eEfFgG%":
    attempt("format " + code, lambda: format(3, code))
attempt("{:.2f}", lambda: "{:.2f}".format(3))
attempt("f-string :e", lambda: f"{7:e}")
attempt("{:%}", lambda: "{:%}".format(1))

print("%d %i %u %x %X %o %5d|%-5d|%05d %+d" % (1, 2, 3, 255, 255, 8, 42, 42, 42, 5))
print("%c%s%r %%" % (65, "s", "r"))
print(b"%d %x %c" % (10, 255, 66))
print(format(1234567, ","), format(255, "#x"), format(42, "08b"), format(7, "^7"), format(-3, "+"), format(5, "n"))
print("{:>6}|{:<6}|{:^6}|{:_}".format(1, 2, 3, 10 ** 7))
print(f"{12:5d}|{255:#o}|{2 ** 70:,}|{-5:=6}")
attempt("format(3, 'z')", lambda: format(3, "z"))
