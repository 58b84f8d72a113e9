# ../shared/bench/strings.py scaled for the pyboard (benchmarks/board.py): run(400) instead of run(20000),
# 1/50 of the work, because the firmware's heap is ~78 KiB (measured 2026-11-21:
# run(500) already raises MemoryError). Nothing else differs; the anchor has no board figure for it.
# String building, slicing, methods and formatting.
def run(n):
    parts = []
    for i in range(n):
        s = "item-%d:%s" % (i, str(i * 7 + 3))
        if s.endswith("1"):
            s = s.upper()
        parts.append(s.replace("-", "_"))
    text = ",".join(parts)
    words = text.split(",")
    total = 0
    for w in words:
        total += len(w) + w.find(":")
    return total, len(text), "{}/{}".format(words[3], words[-1])

print(run(400))
