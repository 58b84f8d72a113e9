# strip family and case conversions.
s = "  \t Hello World \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHiabc".strip("abc"), "..a..".lstrip("."), "..a..".rstrip("."))
print("Hello".upper(), "Hello".lower(), "MiXeD 123".lower(), "MiXeD 123".upper())
print("abc".isalpha(), "ab1".isalpha(), "123".isdigit(), "12a".isdigit())
print("   ".isspace(), "".isspace(), "abc".islower(), "ABC".isupper(), "Abc".isupper())
print("a1".isalnum(), "a 1".isalnum())
