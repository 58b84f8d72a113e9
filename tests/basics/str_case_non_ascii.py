# Case mapping of non-ASCII letters: Mica maps ASCII only (as MicroPython does), so é/ß/Σ pass through unchanged
# and count as uncased; CPython maps them with the full Unicode tables. The .exp file pins Mica's behaviour.
words = ["straße", "ÉCOLE", "élan vital", "Σίσυφος", "mixed Ünïcode ok"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("é".isalpha(), "é".isupper(), "É".isupper(), "é".islower(), "Éa".istitle(), "٣".isdigit())
print("abc DEF".upper(), "abc DEF".lower(), "abc DEF".swapcase(), "abc DEF".title(), "abc DEF".casefold())
