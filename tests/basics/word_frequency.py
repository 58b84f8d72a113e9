# Word frequency: split, normalise, count in a dict, sort by count then word.
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs. A quick fox, a lazy dog!"""
counts = {}
for raw in text.split():
    word = raw.strip(".,;!").lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:>6} {n} {'#' * n}")
print(len(counts), sum(counts.values()), max(counts, key=len))
