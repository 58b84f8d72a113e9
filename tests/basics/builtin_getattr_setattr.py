# getattr, setattr, hasattr and delattr on instances and classes.
class Thing:
    kind = "thing"
    def __init__(self):
        self.size = 3
t = Thing()
print(getattr(t, "size"), getattr(t, "kind"), getattr(t, "nope", "default"))
setattr(t, "color", "red")
print(t.color, hasattr(t, "color"), hasattr(t, "weight"), hasattr(Thing, "kind"))
setattr(Thing, "legs", 4)
print(t.legs, Thing().legs)
delattr(t, "color")
print(hasattr(t, "color"))
try:
    getattr(t, "nope")
except AttributeError:
    print("AttributeError")
name = "si" + "ze"
print(getattr(t, name), getattr("abc", "upper")(), getattr([], "append") is not None)
print(hasattr(1, "real"), getattr(5, "real"))
