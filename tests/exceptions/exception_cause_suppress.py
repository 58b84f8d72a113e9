# raise X from Y sets __cause__ and __suppress_context__; from None hides the context; attributes are writable.
try:
    try:
        {}["k"]
    except KeyError as err:
        raise ValueError("bad key") from err
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise ValueError("no context shown") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError("v") from 42
except TypeError as e:
    print("TypeError:", e)
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = IndexError("i")
print(repr(e.__context__))
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__)
e.__cause__ = None
print(e.__cause__)
