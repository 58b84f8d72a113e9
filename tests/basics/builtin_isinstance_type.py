# type() and isinstance/issubclass with builtin and user types.
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, type(()).__name__)
print(type({}).__name__, type(None).__name__, type(True).__name__, type(range(1)).__name__)
print(type(1) is int, type(True) is bool, type(True) is int, type(type(1)) is type)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance([], (tuple, dict)), isinstance(None, type(None)))
class A:
    pass
class B(A):
    pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, object), isinstance(A(), B))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(int, object))
print(type(b) is B, type(b).__name__, type(A) is type, isinstance(A, type))
print(isinstance(int, type), isinstance(b, (int, (str, A))))
