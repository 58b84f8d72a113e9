# throw() raises inside the generator at the paused yield; close() raises GeneratorExit.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled inside:", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.send(2)
w.close()
print("closed")
w.close()
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated out:", repr(e))
print(next(u, "dead after exception"))
def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield "should not yield here"
r = refuses()
next(r)
try:
    r.close()
except RuntimeError:
    print("RuntimeError: generator ignored GeneratorExit")
