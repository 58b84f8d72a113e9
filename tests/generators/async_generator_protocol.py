# Async generators: __anext__, asend, athrow, aclose, StopAsyncIteration, driven by hand without asyncio.
class Tick:
    def __await__(self):
        yield "tick"
def drive(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
async def counter(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("counter got", got)
            await Tick()
    except KeyError as e:
        print("counter caught", repr(e))
        yield "recovered"
    finally:
        print("counter finally")
async def main():
    out = []
    async for v in counter(3):
        out.append(v)
    print(out)
    a = counter(5)
    print(await a.__anext__(), await a.asend("sent"))
    print(await a.athrow(KeyError("k")))
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    b = counter(5)
    await b.__anext__()
    print("aclose ->", await b.aclose())
    try:
        await b.__anext__()
    except StopAsyncIteration:
        print("closed generator stops")
    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = counter(5)
    await c.__anext__()
    try:
        await c.athrow(ValueError, "v")
    except ValueError as e:
        print("athrow propagated:", e)
    print(type(counter(1)).__name__, counter(1).__name__)
    return "main done"
print(drive(main()))
