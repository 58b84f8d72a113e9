# async for: __aiter__/__anext__, StopAsyncIteration ends the loop, else/break, errors from __anext__.
class Tick:
    def __await__(self):
        yield
class ARange:
    def __init__(self, n, fail_at=None):
        self.i = 0
        self.n = n
        self.fail_at = fail_at
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i == self.fail_at:
            raise ValueError("fail at %d" % self.i)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async for v in ARange(3):
        print("v", v)
    else:
        print("else ran")
    async for v in ARange(5):
        if v == 2:
            break
    else:
        print("not printed")
    print("broke at", v)
    try:
        async for v in ARange(5, fail_at=3):
            print("w", v)
    except ValueError as e:
        print("ValueError:", e)
    total = 0
    async for a in ARange(2):
        async for b in ARange(2):
            total += a * 10 + b
    print("total", total)
    print(issubclass(StopAsyncIteration, Exception), StopAsyncIteration("x").args, hasattr(StopAsyncIteration(), "value"))
    return [x async for x in ARange(4)]
print(run(main()))
