# Helper for the ints_long_long programs: run a thunk, print its result or the exception it raises.
def check(label, f):
    try:
        print(label, f())
    except (OverflowError, ValueError, ZeroDivisionError, SyntaxError) as e:
        print(label, type(e).__name__, e)
