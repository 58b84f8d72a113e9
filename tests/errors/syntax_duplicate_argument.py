# Duplicate parameter names are rejected.
# expect: stderr-last-line
def f(a, b, a):
    return a
print(f(1, 2, 3))
