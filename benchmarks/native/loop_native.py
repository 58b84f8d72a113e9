# A while loop of small-int arithmetic (100000 iterations), with @micropython.native (compare loop_bytecode.py).
try:
    import micropython
except ImportError:  # CPython (board.py's expected output): the decorator does nothing
    class micropython:
        native = staticmethod(lambda f: f)


@micropython.native
def loop(n):
    total = 0
    i = 0
    while i < n:
        total += i & 7
        i += 1
    return total


print(loop(100000))
