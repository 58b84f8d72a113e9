# Recursive calls (fib(20): 21891 calls), with @micropython.native (compare fib_bytecode.py).
try:
    import micropython
except ImportError:  # CPython (board.py's expected output): the decorator does nothing
    class micropython:
        native = staticmethod(lambda f: f)


@micropython.native
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))
