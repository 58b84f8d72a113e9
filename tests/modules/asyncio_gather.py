# asyncio.gather: results in argument order, exceptions propagated or returned with return_exceptions=True
import asyncio


async def square(x, delay_steps):
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    print("square", x)
    return x * x


async def fail(message, delay_steps):
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    raise ValueError(message)


async def main():
    print(await asyncio.gather(square(1, 2), square(2, 0), square(3, 1)))
    print(await asyncio.gather())
    t = asyncio.create_task(square(4, 0))
    print(await asyncio.gather(t, square(5, 0)))
    results = await asyncio.gather(square(6, 1), fail("bad", 0), return_exceptions=True)
    print([type(r).__name__ for r in results], results[0], str(results[1]))
    try:
        await asyncio.gather(square(7, 6), fail("boom", 1))
    except ValueError as e:
        print("caught", e)
    for _ in range(8):  # let square(7) finish
        await asyncio.sleep(0)
    print(await asyncio.gather(asyncio.sleep(0.001), asyncio.sleep(0.002)))


asyncio.run(main())
