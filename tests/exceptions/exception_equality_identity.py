# Exceptions compare and hash by identity; a caught exception is the instance that was raised.
a = ValueError(1)
b = ValueError(1)
print(a == b, a != b, a == a, a is a)
print(hash(a) == hash(a))
d = {a: "a", b: "b"}
print(len(d), d[a], d[b])
def throw(x):
    raise x
try:
    throw(a)
except ValueError as e:
    print(e is a, e is b)
errors = []
for i in range(3):
    try:
        [][i]
    except IndexError as e:
        errors.append(e)
print(len(errors), errors[0] is errors[1], [str(e) for e in errors])
print(a in [b], a in [b, a])
