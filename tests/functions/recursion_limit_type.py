# Deliberate difference from CPython (hence recursion_limit_type.py.exp): Mica, like MicroPython, raises
# RuntimeError (not RecursionError) when the call depth is exceeded.
def down(n):
    return down(n + 1)
try:
    down(0)
except Exception as e:
    print(type(e).__name__)
print("recovered")
