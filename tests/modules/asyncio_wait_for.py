# asyncio.wait_for: the result in time, TimeoutError (the inner task cancelled, its finally run) when too slow
import asyncio


async def slow(label, seconds):
    try:
        print(label, "started")
        await asyncio.sleep(seconds)
        print(label, "finished")
        return label
    finally:
        print(label, "cleanup")


async def main():
    print("fast:", await asyncio.wait_for(slow("fast", 0), 1))
    try:
        await asyncio.wait_for(slow("slow", 10), 0.005)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, isinstance(e, TimeoutError))
    print("none:", await asyncio.wait_for(slow("untimed", 0.001), None))
    try:
        await asyncio.wait_for(slow("zero", 10), 0)
    except TimeoutError:
        print("zero timeout")
    t = asyncio.create_task(slow("task", 10))
    try:
        await asyncio.wait_for(t, 0.002)
    except TimeoutError:
        print("task timeout, cancelled:", t.cancelled())


asyncio.run(main())
