# math: constants, floor/ceil/trunc returning ints (big for huge floats), classification, isclose.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.pi * 2 == math.tau, math.isnan(math.nan))
for x in [2.5, -2.5, 3.0, -0.5, 1e20, -1e20, 7, -7, True]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(1e300) == 10 ** 300 // 1 or math.floor(1e300))
print(math.ceil(2.0 ** 70), math.trunc(-(2.0 ** 80)))
for x in [0.0, 1.5, math.inf, -math.inf, math.nan, 10 ** 30]:
    print(x, math.isfinite(x), math.isinf(x), math.isnan(x))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum([math.inf, 1]))
print(math.fsum([math.nan, 1]), math.fsum([math.inf, math.inf]))
for bad in [[math.inf, -math.inf], [1e308, 1e308, -1e308]]:
    try:
        math.fsum(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
