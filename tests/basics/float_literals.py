# Every float literal form.
print(1.0, 1., .5, 0.0, 00.5)
print(1e3, 1E3, 1e+3, 1e-3, 1.5e2, .5e1, 5.e-1)
print(1_000.000_1, 1_0e1_0, 0e0)
print(3.14, 2.718281828, 6.02e23, 1.6e-19)
print(type(1.).__name__, type(1e0).__name__)
print(1.0e0 == 1, 12e-1 == 1.2)
