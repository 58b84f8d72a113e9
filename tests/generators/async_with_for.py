# async with and async for, driven manually.
class Tick:
    def __await__(self):
        yield "tick"
class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        await Tick()
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return False
class ARange:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i
async def main():
    async with AsyncCM() as r:
        print("using", r)
    total = 0
    async for v in ARange(3):
        print("got", v)
        total += v
    return total
c = main()
ticks = 0
try:
    while True:
        assert c.send(None) == "tick"
        ticks += 1
except StopIteration as e:
    print("result", e.value, "ticks", ticks)
