# Iterating over strings and building new ones.
word = "level"
print(list(word), tuple("ab"), [c.upper() for c in word])
print(word == word[::-1], "".join(reversed("abc")))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
for i, ch in enumerate("xyz"):
    print(i, ch)
it = iter("hi")
print(next(it), next(it), next(it, "end"))
print(sorted("banana"), "".join(sorted("banana")))
