# with_traceback() returns the exception itself; __traceback__ is None until raised and can be cleared.
e = ValueError("x")
print(e.__traceback__)
print(e.with_traceback(None) is e)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None)
    print(caught.with_traceback(None).__traceback__)
def fail():
    raise KeyError("k")
try:
    fail()
except KeyError as err:
    err.__traceback__ = None
    print(err.__traceback__)
try:
    raise TypeError("t").with_traceback(None)
except TypeError as err:
    print(type(err).__name__, err)
