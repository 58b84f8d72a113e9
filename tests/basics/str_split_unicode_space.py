# str.split()/rsplit()/strip()/isspace() use Unicode whitespace: \x1c-\x1f, \x85, \xa0, \u2000-\u200a, \u3000...
s = "a\x1cb\x1fc\x85d\xa0e\u2003f\u3000g\u2028h\u202fi\u205fj"
print(s.split())
print(s.rsplit(None, 3), s.split(None, 2))
print(" \u3000x\u00a0 ".strip(), "\u2029x\u2028".strip(), "\x85x".lstrip(), repr("x\u2000".rstrip()))
for ch in " \t\x1c\x1f\x85\xa0\u1680\u2000\u200a\u200b\u2028\u202f\u205f\u3000\ufeffa":
    print(hex(ord(ch)), ch.isspace())
print("".isspace(), "é".isspace(), "éa b".split(), "é\u3000ü".rsplit())
print(" a  b ".split(" "), "a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a  b".split(None))
