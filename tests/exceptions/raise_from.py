# raise ... from sets __cause__; from None suppresses the context.
class AppError(Exception):
    pass
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError("cannot load " + key) from e
try:
    load("b")
except AppError as e:
    print(e, "| cause:", repr(e.__cause__), type(e.__cause__) is KeyError)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__)
try:
    raise RuntimeError("direct") from KeyError("origin")
except RuntimeError as e:
    print(e, repr(e.__cause__))
