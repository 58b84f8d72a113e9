# __setattr__ intercepts every assignment; object.__setattr__ does the real store.
class Recorded:
    def __init__(self):
        object.__setattr__(self, "history", [])
    def __setattr__(self, name, value):
        self.history.append((name, value))
        object.__setattr__(self, name, value)
r = Recorded()
r.a = 1
r.b = "two"
r.a = 3
print(r.a, r.b, r.history)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("frozen")
    def __delattr__(self, name):
        raise AttributeError("frozen del")
f = Frozen(5)
try:
    f.v = 6
except AttributeError as e:
    print("AttributeError", e)
try:
    del f.v
except AttributeError as e:
    print("AttributeError", e)
print(f.v)
