# Comparison and sorting of strings compare code points.
print("a" < "b", "Z" < "a", "é" > "z", "€" > "é", "😀" > "€")
print(sorted(["é", "e", "z", "€", "a", "E"]))
print("abc" == "abc", "abc" != "abd", "é" == "\u00e9", "ab" < "abc", "" == "")
print(max(["apple", "Äpfel", "zebra"]), min("hello wörld"))
words = ["straße", "strasse", "stra"]
print(sorted(words), [len(w) for w in words])
print("ü" in "Müller", "Müller".find("l"), "Müller"[1:3])
