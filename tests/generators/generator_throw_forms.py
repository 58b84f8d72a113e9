# throw() with a type, a type and a value, an instance; caught inside, uncaught, and into an unstarted generator.
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught %r" % (e,)
g = catcher()
print(next(g))
print(g.throw(ValueError))
next(g)
print(g.throw(ValueError, "with value"))
next(g)
print(g.throw(ValueError("instance")))
next(g)
print(g.throw(ValueError, ValueError("instance as value")))
try:
    g.throw(KeyError("not caught"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "finished"))
g = catcher()
try:
    g.throw(IndexError)
except IndexError:
    print("unstarted generator raises at once")
print(next(g, "and is finished"))
g = catcher()
next(g)
try:
    g.throw("not an exception")
except TypeError:
    print("TypeError for a str")
try:
    g.throw(ValueError("x"), "extra")
except TypeError:
    print("TypeError for instance plus value")
def finished():
    yield 1
g = finished()
list(g)
try:
    g.throw(OSError("late"))
except OSError as e:
    print("finished generator re-raises", e)
