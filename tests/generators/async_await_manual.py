# async def / await driven by hand with .send(None); no event loop module.
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("  suspending for", self.value)
        got = yield self.value
        return got if got is not None else self.value * 2
async def add(a, b):
    x = await Ready(a)
    y = await Ready(b)
    return x + y
async def main():
    s = await add(1, 2)
    t = await add(10, 20)
    return s, t
coro = main()
print(type(coro).__name__)
results = []
try:
    while True:
        results.append(coro.send(None))
except StopIteration as e:
    print("yielded", results, "returned", e.value)
c2 = add(5, 5)
print(c2.send(None))
print(c2.send(100))
try:
    c2.send(7)
except StopIteration as e:
    print("returned", e.value)
