# Exceptions raised by __exit__ replace the body's exception; __enter__ failures skip the body.
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit saw", et.__name__ if et else None)
        raise RuntimeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print("caught", e, "context", type(e.__context__).__name__)
class EnterRaises:
    def __enter__(self):
        raise KeyError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with EnterRaises():
        print("never runs")
except KeyError as e:
    print("caught", repr(e))
