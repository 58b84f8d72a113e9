# Deliberate difference from CPython (hence the .exp file and the explicit marker value): runaway
# recursion raises RuntimeError in Mica, RecursionError in CPython.
# expect: stderr-last-line: RuntimeError: maximum recursion depth exceeded
# expect: exit-status: 1
def down(n):
    return down(n + 1)
print("recursing")
down(0)
