# math: elementary functions on ordinary arguments, printed with a fixed precision (libm's last bit may differ).
import math

for name in ["sqrt", "exp", "expm1", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "atanh", "erf", "erfc", "gamma", "lgamma", "fabs", "degrees",
             "radians"]:
    f = getattr(math, name)
    for x in [0.25, 0.5, 0.75]:
        print(name, x, "%.12f" % f(x))
print("%.12f" % math.acosh(2.5))
print("%.12f %.12f" % (math.atan2(1, -1), math.atan2(-0.0, -1)))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2))
print(math.pow(2, 10), math.pow(9, 0.5), math.pow(0, 0), math.pow(1, float("nan")))
print(math.ldexp(0.75, 4), math.frexp(48.0), math.frexp(0.0), math.frexp(-1.5))
print(math.modf(3.75), math.modf(-2.5), math.modf(math.inf))
print("%.12f %.12f" % (math.log(1024, 2), math.log(100, 10)))
print("%.6f" % math.log(10 ** 400), "%.6f" % math.log10(10 ** 400), "%.6f" % math.log2(2 ** 2000))
print(math.sqrt(16), math.sqrt(2) ** 2 == 2.0000000000000004, math.exp(0))
print(type(math.sqrt(4)).__name__, type(math.fabs(-3)).__name__)
print(math.degrees(math.pi), math.radians(180) == math.pi)
