# A tiny round-robin scheduler running coroutines by hand.
class Yield:
    def __await__(self):
        yield
async def task(name, n):
    for i in range(n):
        print(name, "step", i)
        await Yield()
    return name + " finished"
def run(coros):
    queue = list(coros)
    results = []
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results
print(run([task("a", 2), task("b", 3), task("c", 1)]))
