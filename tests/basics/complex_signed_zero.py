# complex(): parts that are not given are not added, so signed zeros survive as in CPython.
print(complex(1.5, -0.0), complex(-0.0, -0.0), complex(-0.0), complex(0.0, -0.0), complex(1, 0.0))
print(complex(1.5, 2), complex(1 + 2j), complex(1 + 2j, 3), complex(1, 2 + 3j), complex(1 + 2j, 3 + 4j))
print(complex(real=2), complex(imag=-0.0), complex(imag=3), complex(), complex(True, False))
print(complex("1-0j"), complex("-0.0-0j"), complex(" 2+3j "), complex("j"), complex("-1.5e2j"))
z = complex(-0.0, -0.0)
print(z.real, z.imag, -z, z.conjugate())
for bad in ["1+", "x", "1j2", ""]:
    try:
        complex(bad)
    except ValueError:
        print("ValueError", repr(bad))
