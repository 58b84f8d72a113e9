# str predicates: isascii, isdecimal, isnumeric, isdigit, isalpha, isalnum, isidentifier, isprintable, istitle
for s in ["", "abc", "ABC", "Abc Def", "abc1", "123", "12.5", "_x1", "1x", "a b", "x\n", "\t", "\x7f", "\xa0", "x\u2028", "Ab1 Cd", "AB CD", "a-B"]:
    print(repr(s), s.isascii(), s.isdecimal(), s.isnumeric(), s.isdigit(), s.isalpha(), s.isalnum(),
          s.isidentifier(), s.isprintable(), s.istitle(), s.isupper(), s.islower())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "They'Re".istitle(), "1A".istitle())
print("\u200b".isprintable(), "\u2028".isprintable(), "€".isprintable(), " ".isprintable())
print(repr("\u2028 \u200b \x85 \xad \u3000 é €"))
