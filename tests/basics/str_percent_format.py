# %-formatting basics.
print("%s and %s" % ("this", "that"))
print("%d items at %s" % (3, "noon"), "%s" % 42, "%s" % [1, 2], "%r" % "q")
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%d%%" % 50, "%c%c" % (72, "i"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7})
print("%i %u" % (-3, 4), "%x %X %o" % (3054, 3054, 8))
print("%+d %+d % d" % (5, -5, 5))
print("%*d|%-*d|" % (5, 42, 4, 7))
print("%s" % (("tuple",),))
try:
    print("%d %d" % (1,))
except TypeError:
    print("TypeError")
