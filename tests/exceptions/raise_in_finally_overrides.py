# An exception raised in finally replaces the one in flight (which becomes its __context__).
def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    f()
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))
except ValueError:
    print("never: the original was replaced")
def g():
    try:
        return "returning"
    finally:
        raise RuntimeError("finally raised during return")
try:
    g()
except RuntimeError as e:
    print("caught", e)
