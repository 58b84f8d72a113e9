# Recursive calls (fib(20): 21891 calls), compiled to bytecode (compare fib_native.py).
try:
    import micropython
except ImportError:  # CPython (board.py's expected output): the decorator does nothing
    class micropython:
        native = staticmethod(lambda f: f)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))
