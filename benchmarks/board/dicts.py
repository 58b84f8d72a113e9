# ../shared/bench/dicts.py scaled for the pyboard (benchmarks/board.py): run(300) instead of run(60000),
# 1/200 of the work, because the firmware's heap is ~78 KiB (measured 2026-11-21:
# run(400) already raises MemoryError). Nothing else differs; the anchor has no board figure for it.
# Dictionary inserts, lookups and iteration with string and int keys.
def run(n):
    counts = {}
    for i in range(n):
        key = "k" + str(i % 997)
        counts[key] = counts.get(key, 0) + 1
    squares = {}
    for i in range(n):
        squares[i] = i * i
    acc = 0
    for k in squares:
        if k in squares and (k + 1) in squares:
            acc += squares[k + 1] - squares[k]
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return acc, best

print(run(300))
