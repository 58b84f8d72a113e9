# Counting and grouping with dicts (the dicts benchmark's area).
counts = {}
for i in range(1000):
    key = "k" + str(i % 7)
    counts[key] = counts.get(key, 0) + 1
print(counts)
squares = {}
for i in range(200):
    squares[i] = i * i
acc = 0
for k in squares:
    if (k + 1) in squares:
        acc += squares[k + 1] - squares[k]
print(acc)
best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(best)
print(sum(counts.values()), len(squares), max(squares, key=lambda k: squares[k] % 17))
