# gi_running, __name__, "generator already executing", and send() before start.
def gen():
    print("running inside:", me.gi_running)
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    yield 2
me = gen()
print(me.gi_running, me.__name__)
print(next(me))
print(me.gi_running)
print(next(me))
g = gen()
try:
    g.send("x")
except TypeError as e:
    print("TypeError:", e)
print("send(None) starts it:", g.send(None))
def named():
    yield
print(named().__name__, type(named()).__name__)
print((x for x in ()).__name__)
async def coro():
    pass
c = coro()
print(c.__name__, c.cr_running, type(c).__name__)
c.close()
