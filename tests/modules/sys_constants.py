# The constants of sys that MicroPython and CPython share.
import sys

print(sys.byteorder)
print(sys.maxsize in (2**31 - 1, 2**63 - 1), sys.maxsize + 1 > sys.maxsize)
print(type(sys.version).__name__, sys.version[:2])
print(sys.version_info[0], type(sys.version_info[1]).__name__, len(sys.version_info) >= 3, isinstance(sys.version_info, tuple))
print(sys.version_info >= (3, 4), sys.version_info[:1] == (3,))
print(type(sys.implementation.name).__name__, isinstance(sys.implementation.version, tuple))
print(sys.implementation.name == sys.implementation.name.lower())
print(sys.platform)
