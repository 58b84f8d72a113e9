# raise with a class, an instance, re-raise with bare raise, and raise inside except.
def g(mode):
    if mode == "class":
        raise KeyError
    if mode == "instance":
        raise KeyError("with arg")
    if mode == "reraise":
        try:
            {}["x"]
        except KeyError:
            print("  handling, then re-raising")
            raise
for mode in ("class", "instance", "reraise"):
    try:
        g(mode)
    except KeyError as e:
        print(mode, repr(e), e.args)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("got", repr(e), "context:", repr(e.__context__))
try:
    raise 42
except TypeError:
    print("TypeError: can only raise exceptions")
