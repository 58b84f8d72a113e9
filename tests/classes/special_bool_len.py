# Truth value: __bool__ first, then __len__, else always true.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
class Neither:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print(not L(0), B(False) or "fallback", L(2) and "second")
if L(0):
    print("never")
else:
    print("empty is falsy")
count = 0
w = L(3)
while w:
    w.n -= 1
    count += 1
print(count)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError:
    print("TypeError")
