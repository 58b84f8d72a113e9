# asyncio: create_task and sleep(0) interleave tasks in FIFO order; awaiting a task returns its result
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(name, "step", i)
        await asyncio.sleep(0)
    print(name, "done")
    return name.upper()


async def main():
    a = asyncio.create_task(worker("a", 3))
    b = asyncio.create_task(worker("b", 2))
    c = asyncio.create_task(worker("c", 1))
    print("tasks created", a.done(), b.done())
    await asyncio.sleep(0)
    print("main resumed")
    print("result a", await a)
    print("result b", await b)
    print("result c", await c)
    print("done flags", a.done(), b.done(), c.done(), a.cancelled())
    print("result()", a.result())
    t = asyncio.create_task(worker("late", 0))
    print("awaited twice", await t, await t)
    return "main result"


print(asyncio.run(main()))
print(asyncio.run(worker("direct", 1)))
