# asyncio cancellation edge cases: self-cancel, a task that ignores cancel under wait_for, cancelling wait_for's caller
import asyncio


async def selfcancel():
    asyncio.current_task().cancel()
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        return "self-cancelled"


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "ignored cancel"


async def guarded():
    try:
        await asyncio.sleep(1)
    finally:
        print("inner finally")


async def main():
    print(await asyncio.create_task(selfcancel()))
    print(await asyncio.wait_for(stubborn(), 0.001))
    outer = asyncio.create_task(asyncio.wait_for(guarded(), 5))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", outer.cancelled())


asyncio.run(main())
