# Imaginary literals (only this file and one other use complex numbers).
z = 3 + 4j
print(z, z.real, z.imag, abs(z), 1j * 1j, 2J)
print(1.5j, 0j, 1e2j, (1 + 2j) * (3 - 1j), type(1j).__name__)
print(1j == complex(0, 1), (2 + 0j) == 2)
