# For i in range(n) with a multiplication (a runtime call) and a += per step, compiled to bytecode (compare forrange_native.py).
try:
    import micropython
except ImportError:  # CPython (board.py's expected output): the decorator does nothing
    class micropython:
        native = staticmethod(lambda f: f)


def squares(n):
    total = 0
    for i in range(n):
        total += i * i & 1023
    return total


print(squares(20000))
