# asyncio.run: an exception in the main coroutine (or in an awaited task) propagates out of run()
import asyncio


async def inner(n):
    await asyncio.sleep(0)
    if n > 1:
        raise ValueError("too big: %d" % n)
    return n


async def main(n):
    t = asyncio.create_task(inner(n))
    return await t


print(asyncio.run(main(1)))
try:
    asyncio.run(main(5))
except ValueError as e:
    print("ValueError", e)


async def nested():
    c = main(1)
    try:
        asyncio.run(c)
    finally:
        c.close()


coro = nested()
try:
    asyncio.run(coro)
except RuntimeError:
    print("RuntimeError: run() inside a running loop")


async def fails_at_once():
    raise KeyError("k")


try:
    asyncio.run(fails_at_once())
except KeyError as e:
    print("KeyError", e)
