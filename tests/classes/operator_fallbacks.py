# Default comparisons and unsupported operators raise TypeError; == falls back to identity.
class A:
    pass
a, b = A(), A()
print(a == a, a == b, a != b, a is not b)
for name, op in [("<", lambda: a < b), ("+", lambda: a + b), ("-", lambda: -a), ("[]", lambda: a[0]),
                 ("len", lambda: len(a)), ("iter", lambda: iter(a)), ("call", lambda: a())]:
    try:
        op()
    except TypeError:
        print(name, "TypeError")
print(1 == "1", [] == (), None == 0, "a" != 1)
for name, op in [("int<str", lambda: 1 < "1"), ("list+tuple", lambda: [1] + (2,)), ("str*str", lambda: "a" * "b")]:
    try:
        op()
    except TypeError:
        print(name, "TypeError")
