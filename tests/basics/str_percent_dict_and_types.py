# % formatting with %s of different types, %r, %%, and dict-based fields.
vals = [1, 2.5, "s", None, [1, 2], (3,), {"k": 1}, True]
for v in vals:
    print("%s | %r" % (v, v))
print("%(a)s-%(b)r-%(a)s" % {"a": 1, "b": "two"})
print("%3d%%" % 50, "%-6s|" % "ab", "%06.2f" % 3.14159, "%.3s" % "abcdef")
print("%s" % "only", "%s %s" % ("a", "b"), "no args %%" % ())
