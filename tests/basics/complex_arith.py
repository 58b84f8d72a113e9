# complex: repr, arithmetic mixed with int and float, abs, conjugate, equality, hashing, the constructor.
print(1j, 2 + 3j, -1j, 0j, -(0j), complex(-0.0, -1), complex(1.5, -2.25), 1e20j, complex(float("inf"), float("nan")))
z = (1 + 2j) * (3 - 4j)
print(z, z.real, z.imag, z.conjugate(), abs(3 + 4j), -z, +z, type(z.real).__name__)
print((1 + 2j) / (3 - 4j), 1 / 2j, (2 + 0j) / 2, 2 - 1j, 1.5 + 1j, 1j - 1.5, 3 * 1j, 1j * 2.0)
print((1 + 1j) ** 2, 1j ** 2, (2 + 0j) ** -1, 2 ** 1j == 2 ** 1j, 0j ** 0)
print(1j == 1j, (2 + 0j) == 2, 2 == 2 + 0j, 2.0 == 2 + 0j, 1j != 1, bool(0j), bool(1j), 1j == "1j")
print(hash(2 + 0j) == hash(2), hash(2.5 + 0j) == hash(2.5), {2: "int"}[2 + 0j])
print(complex(), complex(2), complex(2.5, 1), complex("1+2j"), complex(" (3-4J) "), complex("-j"), complex("1e3"))
print(complex("2.5j"), complex("+1.5-2.5j"), complex(1j, 1j), complex(real=1, imag=2))
z = 1 + 1j
z += 1
z *= 2j
print(z)
for bad in (lambda: 1j / 0, lambda: 1j < 2j, lambda: complex("1+"), lambda: complex("x"), lambda: complex([]), lambda: 0j ** -1):
    try:
        bad()
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
