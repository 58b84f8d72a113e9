# ../shared/bench/sorting.py scaled for the pyboard (benchmarks/board.py): run(1000) instead of run(20000),
# 1/20 of the work, because the firmware's heap is ~78 KiB (measured 2026-11-21:
# run(1500) still fits, run(2000) raises MemoryError). Nothing else differs; the anchor has no board figure for it.
# A hand-written merge sort plus the built-in sort on tuples.
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def run(n):
    seed = 12345
    data = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        data.append(seed % 100000)
    s = merge_sort(data)
    t = sorted([(v % 100, -v) for v in data])
    return s[0], s[-1], s[n // 2], t[0], t[-1]

print(run(1000))
