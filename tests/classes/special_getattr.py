# __getattr__ is called only for missing attributes.
class Proxy:
    def __init__(self, target):
        self.target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p.target, p.log)
print(p.log is p.log, p.log)
class Default:
    x = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)
d = Default()
print(d.x, d.auto_hello, hasattr(d, "auto_z"), hasattr(d, "other"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(d, "nope", "dflt"))
