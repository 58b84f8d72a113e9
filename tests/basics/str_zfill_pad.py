# str.zfill with signs and unicode, center/ljust/rjust with one-character fills, expandtabs columns
for s in ["42", "-42", "+42", "", "-", "+", "abc", "+-1", "-é", "é"]:
    print(repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(-1)))
print("ab".center(5), "ab".center(6, "*"), "abc".center(6, "é"), "é".center(4, "€"), "x".center(2, "-"))
print("ab".ljust(4, "."), "ab".rjust(4, "0"), "ab".ljust(1), "€".rjust(3, "é"))
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "é\tx".expandtabs(4), "ab\tc\nx\ty".expandtabs(tabsize=3))
print(repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(-1)), repr("\t\r\t".expandtabs(2)))
for fill in ("ab", "", 1):
    try:
        "a".center(3, fill)
    except TypeError:
        print("TypeError", repr(fill))
for bad in (lambda: "a".zfill("3"), lambda: "a".ljust(None), lambda: "a".expandtabs("2"), lambda: "a".expandtabs(size=2)):
    try:
        bad()
    except TypeError:
        print("TypeError")
