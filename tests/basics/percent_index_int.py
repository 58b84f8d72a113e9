# %d, %i, %x, %o, %c take objects with __index__; the decimal ones also take __int__ and floats.
class I:
    def __index__(self):
        return 7
class N:
    def __int__(self):
        return 9
print("%d %i %x %X %o" % (I(), I(), I(), I(), I()))
print("%d %i %u" % (N(), N(), N()))
print("%d %x" % (True, False), "%d" % 3.99, "%d" % -3.99, "%i" % 2 ** 70)
for fmt, value in [("%x", N()), ("%o", 1.5), ("%d", "7"), ("%x", 2.0), ("%d", None)]:
    try:
        print(fmt % (value,))
    except TypeError as e:
        print(fmt, "TypeError", e)
class Bad:
    def __index__(self):
        return "x"
try:
    "%d" % Bad()
except TypeError:
    print("TypeError")
