# An async generator consumed through __anext__ driven by hand.
async def agen(n):
    for i in range(n):
        yield i * 10
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
g = agen(3)
print(type(g).__name__)
out = []
while True:
    try:
        out.append(drive(g.__anext__()))
    except StopAsyncIteration:
        break
print(out)
async def consume():
    return [v async for v in agen(4)]
print(drive(consume()))
