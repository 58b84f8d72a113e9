# asyncio cancellation: CancelledError raised inside the task at its await, finally blocks run, cancelled() true
import asyncio


async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(10)
        print(name, "not reached")
    except asyncio.CancelledError:
        print(name, "got CancelledError")
        raise
    finally:
        print(name, "finally")


async def swallower():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowed")
    return "kept going"


async def waiter(event):
    try:
        await event.wait()
    finally:
        print("event waiter finally")


async def main():
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    t = asyncio.create_task(sleeper("t"))
    await asyncio.sleep(0)
    print("cancel", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiter got CancelledError")
    print("cancelled", t.cancelled(), "done", t.done(), "cancel again", t.cancel())
    s = asyncio.create_task(swallower())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    never = asyncio.create_task(sleeper("never started"))
    never.cancel()
    try:
        await never
    except asyncio.CancelledError:
        print("cancelled before starting", never.cancelled())
    e = asyncio.Event()
    w = asyncio.create_task(waiter(e))
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("event waiter cancelled")
    try:
        raise asyncio.CancelledError()
    except Exception:
        print("wrongly caught as Exception")
    except BaseException as err:
        print("BaseException", type(err).__name__)


asyncio.run(main())
