# String prefixes: raw, upper case prefixes, and quotes inside.
print(r"\n\t\\", len(r"\n"), R"\x41", r'\'', len(r'\''))
print(rb"\n" == b"\\n", Rb"a", bR"b", BR"c")
print(u"unicode", U"also")
print('single "double" inside', "double 'single' inside")
print('it\'s', "say \"hi\"")
print(r"C:\path\to\file", r"\d+\.\d+")
print(repr(r"a\b"), repr("a\\b"))
