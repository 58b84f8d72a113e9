# \N{name} escapes need the Unicode name table; kept separate so a port without it can skip this file.
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{EURO SIGN}", "\N{DIGIT ONE}")
print(len("\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}"))
print("\N{LATIN CAPITAL LETTER A}" == "A")
