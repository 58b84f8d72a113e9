# math: domain errors (ValueError), range errors (OverflowError) and wrong types (TypeError), with CPython's messages.
import math

cases = [
    ("sqrt", (-1,)), ("log", (0,)), ("log", (-1.5,)), ("log", (1, 1)), ("log10", (0,)), ("log2", (-2,)),
    ("acos", (2,)), ("asin", (-2,)), ("acosh", (0.5,)), ("atanh", (1,)), ("atanh", (-1,)),
    ("exp", (1000,)), ("expm1", (1000,)), ("cosh", (1000,)), ("sinh", (-1000,)), ("pow", (10.0, 400)),
    ("pow", (0, -1)), ("pow", (-8, 0.5)), ("ldexp", (1.0, 5000)), ("fmod", (1, 0)), ("fmod", (math.inf, 1)),
    ("gamma", (0,)), ("gamma", (-2,)), ("gamma", (200,)), ("lgamma", (0,)), ("lgamma", (-3,)),
    ("sin", (math.inf,)), ("cos", (-math.inf,)), ("tan", (math.inf,)),
    ("floor", (math.inf,)), ("ceil", (math.nan,)), ("trunc", (-math.inf,)),
    ("sqrt", ("4",)), ("floor", ("x",)), ("exp", (None,)), ("log", ([],)), ("isnan", ("nan",)),
    ("gcd", (1.0, 2)), ("factorial", (10 ** 30,)),
]
for name, args in cases:
    try:
        print(name, args, getattr(math, name)(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__, e)
try:
    math.sqrt(1, 2)
except TypeError as e:
    print("TypeError")
print(math.exp(-1000), math.log(math.inf), math.sqrt(math.inf), math.atan(math.inf) == math.pi / 2)
print(math.isnan(math.sqrt(math.nan)), math.pow(math.inf, 0), math.fmod(5, math.inf))
