# Every escape sequence in string literals.
print(repr("\n\t\r\\\'\"\a\b\f\v\0"))
print(len("\n\t\r\\\'\"\a\b\f\v\0"))
print("\x41\x62\x7a", "\101\142\172", "\7" == "\x07", "\077")
print("\u00e9\u20ac", "\U0001F600" == "😀", "\u0041\U00000042")
print("line1\
continued")
print("a\\nb", len("a\\nb"))
print(ord("\x00"), ord("\377"), ord("\u1234"))
print("tab[\t]")
