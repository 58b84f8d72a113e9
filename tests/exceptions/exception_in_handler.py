# An exception raised in a handler replaces the original and records it as __context__.
def convert(s):
    try:
        return int(s)
    except ValueError:
        return float("bad " + s)
try:
    convert("x")
except ValueError as e:
    print("outer caught:", type(e).__name__, "context:", type(e.__context__).__name__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            pass
        print("inner handled, still in KeyError handler")
        raise
except KeyError as e:
    print("re-raised the KeyError:", repr(e))
try:
    try:
        raise TypeError("t")
    finally:
        print("finally sees the exception going by")
except TypeError:
    print("caught after finally")
