# Closures over loop variables in methods, and closures that capture self.
class Buttons:
    def __init__(self, names):
        self.clicked = []
        self.handlers = {}
        for name in names:
            self.handlers[name] = self.make_handler(name)
    def make_handler(self, name):
        def handler():
            self.clicked.append(name)
            return name
        return handler
b = Buttons(["ok", "cancel"])
b.handlers["cancel"]()
b.handlers["ok"]()
print(b.clicked)
def make_all():
    result = {}
    for n in range(3):
        result[n] = lambda n=n: n * n
    late = {k: (lambda: k) for k in range(3)}
    return result, late
early, late = make_all()
print([f() for f in early.values()], [f() for f in late.values()])
