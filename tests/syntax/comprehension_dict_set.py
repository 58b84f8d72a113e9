# Dict and set comprehensions (sets are shown only through sorted() and len()).
d = {k: k ** 2 for k in range(5) if k != 2}
print(d)
s = {c for c in "mississippi"}
print(len(s), sorted(s))
pairs = {(a, b): a * b for a in range(3) for b in range(a, 3)}
print(pairs)
words = ["apple", "bob", "cat", "apple"]
print({w: i for i, w in enumerate(words)})
print(sorted({len(w) for w in words}))
