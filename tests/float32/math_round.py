# math and round() over binary32: correctly rounded sqrt, exact floor/ceil/frexp/ldexp, rounding in decimal.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(0.1), math.sqrt(16777216.0), math.sqrt(1e38))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-0.1), math.ceil(16777216.0))
print(math.frexp(0.1), math.frexp(3.4028235e38), math.ldexp(1.0, 127), math.ldexp(1.0, -149), math.ldexp(1.0, -150))
try:
    math.ldexp(1.0, 128)
except OverflowError as e:
    print("OverflowError", e)
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e38 * 10), math.fabs(-0.1), math.copysign(1.5, -0.0))
print(math.modf(2.75), math.fmod(7.5, 2), math.isinf(3.5e38), math.isnan(float("nan")))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(0.125, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(1e38, -37), round(16777217.0), round(0.1, 30))
