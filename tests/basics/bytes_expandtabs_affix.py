# bytes expandtabs (tabsize positional/keyword, columns restart at \n and \r), removeprefix/removesuffix, affixes
print(b"a\tb\tc".expandtabs(), b"a\tb".expandtabs(4), b"ab\tc\nx\ty".expandtabs(tabsize=3))
print(b"\t".expandtabs(0), b"a\tb".expandtabs(-2), b"\xe9\tx".expandtabs(4), b"a\r\tb".expandtabs(2))
print(bytearray(b"a\tb").expandtabs(2), b"no tabs".expandtabs())
print(b"prefix-body".removeprefix(b"prefix-"), b"body".removeprefix(b"x"), b"ab".removeprefix(b""))
print(b"body.py".removesuffix(b".py"), b"body".removesuffix(b"body"), b"a".removesuffix(b"abc"))
print(bytearray(b"abc").removeprefix(b"a"), bytearray(b"abc").removesuffix(bytearray(b"bc")))
print(b"abc".startswith((b"x", b"ab")), b"abc".startswith((b"x",)), b"abc".endswith((b"c", b"x")))
print(b"abc".startswith(b"b", 1), b"abc".endswith(b"b", 0, 2), b"abc".startswith(b"", 3), b"abc".startswith(b"", 4))
print(bytearray(b"abc").endswith((bytearray(b"bc"),)), b"abc".startswith(b"c", -1))
for bad in ("a", ("a",), 97):
    try:
        b"abc".startswith(bad)
    except TypeError:
        print("TypeError startswith", repr(bad))
    try:
        b"abc".removeprefix(bad)
    except TypeError:
        print("TypeError removeprefix", repr(bad))
