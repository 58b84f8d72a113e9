# A positional argument after a keyword argument is a syntax error.
# expect: stderr-last-line
def f(*a, **k):
    pass
f(x=1, 2)
