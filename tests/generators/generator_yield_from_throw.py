# throw() and close() are forwarded through yield from to the innermost generator.
def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        print("inner caught KeyError")
        yield "inner recovered"
    finally:
        print("inner finally")
def outer():
    try:
        result = yield from inner()
        print("inner returned", result)
        yield "outer continues"
    finally:
        print("outer finally")
g = outer()
print(next(g))
print(g.throw(KeyError()))
print(next(g))
g.close()
print("---")
g2 = outer()
next(g2)
g2.close()
print("closed g2")
