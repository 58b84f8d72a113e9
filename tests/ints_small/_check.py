# Helper for the ints_small programs: run a thunk, print its result or the exception it raises. Results are
# printed only where they read the same with 31-bit (32-bit targets) and 63-bit small ints.
def check(label, f):
    try:
        print(label, f())
    except (OverflowError, ValueError, ZeroDivisionError, SyntaxError) as e:
        print(label, type(e).__name__, e)
