# yield from forwards send(), throw() and close() to the inner generator and returns its value.
def inner():
    try:
        received = yield "inner-1"
        print("inner received", received)
        yield "inner-2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner-recovered"
    finally:
        print("inner finally")
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-1"
g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "exhausted"))
g = outer()
next(g)
print("close:", g.close())
g = outer()
next(g)
try:
    g.throw(IndexError("unhandled"))
except IndexError as e:
    print("propagated out of both:", e)
def chain(n):
    if n == 0:
        return "bottom"
    r = yield from chain(n - 1)
    yield n
    return r + "+" + str(n)
def top():
    r = yield from chain(3)
    yield r
print(list(top()))
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("echo-done")
        return self.n
    def send(self, v):
        return "echo " + str(v)
def over_echo():
    r = yield from Echo()
    yield r
g = over_echo()
print(next(g), g.send("x"), next(g), next(g), next(g, "end"))
