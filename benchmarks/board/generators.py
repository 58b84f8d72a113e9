# ../shared/bench/generators.py scaled for the pyboard (benchmarks/board.py): run(3000) instead of run(60000),
# 1/20 of the work, because the firmware's heap is ~78 KiB (measured 2026-11-21:
# run(4000) still fits, run(5000) raises MemoryError). Nothing else differs; the anchor has no board figure for it.
# Generators, comprehensions, closures and builtins over iterators.
def gen(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, (a + b) % 1000003

def run(n):
    evens = [x for x in gen(n) if x % 2 == 0]
    total = sum(x * 3 for x in evens)
    pairs = list(zip(evens, map(lambda v: v + 1, evens)))
    scale = lambda k: (lambda v: v * k)
    f = scale(5)
    return total, len(pairs), max(f(v) for v in evens[:100]), any(v > 999990 for v in evens)

print(run(3000))
