# Closures created in a loop see the loop variable's final value unless bound by a default.
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make():
    out = []
    for j in range(3):
        def show():
            return j
        out.append(show)
    j = 100
    return out
print([f() for f in make()])
def make_bound():
    def bind(k):
        return lambda: k
    return [bind(k) for k in range(3)]
print([f() for f in make_bound()])
