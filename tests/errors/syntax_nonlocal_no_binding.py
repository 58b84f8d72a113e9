# nonlocal needs a binding in an enclosing function scope.
# expect: stderr-last-line
print("never printed")
def f():
    nonlocal q
    q = 1
