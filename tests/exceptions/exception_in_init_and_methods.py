# Exceptions from __init__, properties and special methods propagate to the caller.
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative")
        self.v = v
    def __getitem__(self, i):
        raise KeyError(i)
    def __len__(self):
        raise RuntimeError("no len")
    @property
    def bad(self):
        raise AttributeError("bad property")
try:
    Strict(-1)
except ValueError as e:
    print("init:", e)
s = Strict(1)
for name, op in (("getitem", lambda: s[5]), ("len", lambda: len(s)), ("prop", lambda: s.bad),
                 ("bool", lambda: bool(s))):
    try:
        op()
    except Exception as e:
        print(name, type(e).__name__, e)
print(getattr(s, "bad", "getattr default used"))
