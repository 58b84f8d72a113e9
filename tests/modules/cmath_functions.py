# cmath: complex elementary functions on finite arguments, printed rounded (libm's last bit may differ).
import cmath


def show(z):
    return "(%.10f, %.10f)" % (z.real, z.imag)


for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan",
             "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    print(name, [show(f(z)) for z in [1 + 2j, -0.5 + 0.25j, 0.3 - 1.5j, 2, -3.0]])
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(0j), type(cmath.sqrt(4)).__name__)
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(-1 - 0j), cmath.phase(3))
r, phi = cmath.polar(3 + 4j)
print(r, "%.12f" % phi, show(cmath.rect(2, cmath.pi / 2)), cmath.rect(1, 0))
print(show(cmath.log(8, 2)), show(cmath.log(1j, 1 + 1j)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1 + 2j), cmath.isfinite(complex(cmath.inf, 0)), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj))
print(cmath.isnan(1), cmath.isinf(2.5), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j))
print(cmath.isclose(0j, 1e-12j, abs_tol=1e-9))
for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.atan(1j), lambda: cmath.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [lambda: cmath.sqrt("x"), lambda: cmath.phase(None)]:
    try:
        bad()
    except TypeError:
        print("TypeError")
