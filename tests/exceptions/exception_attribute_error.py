# AttributeError for missing attributes on instances, classes, modules-like objects and builtins.
class Thing:
    pass
t = Thing()
for target, name in ((t, "missing"), (Thing, "nothing"), (5, "foo"), ("s", "bar"), (None, "x")):
    try:
        getattr(target, name)
    except AttributeError as e:
        print("AttributeError", name)
try:
    t.missing
except AttributeError as e:
    print(e)
try:
    (1).real = 5
except AttributeError:
    print("AttributeError: int attributes are read-only")
try:
    [].nope()
except AttributeError:
    print("AttributeError: list has no nope")
