# Unbounded recursion raises an exception that derives from RuntimeError (RecursionError in CPython,
# RuntimeError in Mica); the program recovers and continues.
def down(n):
    return down(n + 1) + 1
try:
    down(0)
except RuntimeError:
    print("caught runaway recursion")
def fine(n):
    return 0 if n == 0 else fine(n - 1) + 1
print(fine(50))
