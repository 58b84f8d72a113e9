# __context__ is set when raising inside except or finally, replaced on re-raise, and never forms a cycle.
def ctx(e):
    return None if e.__context__ is None else repr(e.__context__)
try:
    try:
        raise IndexError("first")
    except IndexError:
        raise TypeError("second")
except TypeError as e:
    print(ctx(e), e.__cause__, e.__suppress_context__)
try:
    try:
        raise IndexError("in try")
    finally:
        raise KeyError("in finally")
except KeyError as e:
    print(ctx(e))
try:
    try:
        raise IndexError("handled")
    except IndexError:
        pass
    raise TypeError("after")
except TypeError as e:
    print(ctx(e))
saved = ValueError("saved")
try:
    try:
        raise KeyError("one")
    except KeyError:
        raise saved
except ValueError:
    pass
try:
    try:
        raise IndexError("two")
    except IndexError:
        raise saved
except ValueError as e:
    print("replaced:", ctx(e))
a = ValueError("a")
b = KeyError("b")
try:
    try:
        raise a
    except ValueError:
        raise b
except KeyError:
    try:
        raise a
    except ValueError as e:
        print(repr(e.__context__), e.__context__.__context__)
def inner():
    raise RuntimeError("deep")
try:
    try:
        1 // 0
    except ZeroDivisionError:
        inner()
except RuntimeError as e:
    print(ctx(e))
