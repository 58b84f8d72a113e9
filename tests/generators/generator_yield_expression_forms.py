# yield as a statement, an expression, with tuples, in arguments and without a value.
def forms():
    yield
    yield 1, 2
    x = yield "value"
    print("x =", x)
    y = (yield) or "defaulted"
    print("y =", y)
    print("arg:", (yield "in-call"))
    z = yield from ()
    yield z
g = forms()
print(next(g), next(g), next(g))
print(g.send("sent-x"))
print(g.send(None))
print(g.send("sent-arg"))
print(next(g, "end"))
