# json and complex numbers carry binary32 parts.
import json
print(json.dumps([0.1, 1 / 3, 1e38, 16777217.0]), json.loads("[0.1, 1e-45, 3.5e38]"))
z = complex(0.1, 1 / 3)
print(z, z * z, abs(complex(3, 4)), complex("1.1+2.2j"), (1 + 2j) / (3 + 4j))
print(z.real, z.imag, complex(16777217, -0.0))
