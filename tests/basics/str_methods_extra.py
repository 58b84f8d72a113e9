# Less common str methods: title, capitalize, swapcase, center, ljust, rjust, zfill.
print("hello world".title(), "hello".capitalize(), "HeLLo".swapcase())
print("centered".center(14, "*"), "left".ljust(8, "."), "right".rjust(8), "|")
print("42".zfill(5), "-42".zfill(6), "abc".center(2))
print("a\tb".expandtabs(4), "x".join("abc").upper())
