# List subscripts in nested loops (primes below 8000), with @micropython.native (compare sieve_bytecode.py).
try:
    import micropython
except ImportError:  # CPython (board.py's expected output): the decorator does nothing
    class micropython:
        native = staticmethod(lambda f: f)


@micropython.native
def sieve(n):
    flags = [True] * n
    count = 0
    for i in range(2, n):
        if flags[i]:
            count += 1
            j = i * i
            while j < n:
                flags[j] = False
                j += i
    return count


print(sieve(8000))
