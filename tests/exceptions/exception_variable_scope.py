# The `as` name is deleted at the end of the except block.
e = "before"
try:
    raise ValueError("inside")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError:
    print("NameError: e was unbound after the handler")
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        err = exc
    return type(err).__name__, str(err)
print(f())
