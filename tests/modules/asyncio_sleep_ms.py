# asyncio.sleep_ms is MicroPython's (.exp): tasks wake in deadline order; sleep() takes ints and floats
import asyncio
import time


async def sleeper(name, ms, log):
    await asyncio.sleep_ms(ms)
    log.append(name)


async def main():
    log = []
    start = time.ticks_ms()
    await asyncio.gather(sleeper("c", 30, log), sleeper("a", 2, log), sleeper("b", 15, log))
    print(log, time.ticks_diff(time.ticks_ms(), start) >= 30)
    await asyncio.sleep(0.001)
    await asyncio.sleep(0)
    await asyncio.sleep(-1)
    await asyncio.sleep_ms(0)
    print("slept")


asyncio.run(main())
