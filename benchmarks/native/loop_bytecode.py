# A while loop of small-int arithmetic (100000 iterations), compiled to bytecode (compare loop_native.py).
try:
    import micropython
except ImportError:  # CPython (board.py's expected output): the decorator does nothing
    class micropython:
        native = staticmethod(lambda f: f)


def loop(n):
    total = 0
    i = 0
    while i < n:
        total += i & 7
        i += 1
    return total


print(loop(100000))
