# asyncio.Event: waiters wake in order when set, wait() returns True, clear() makes later waits block again
import asyncio


async def waiter(name, event):
    print(name, "waiting")
    result = await event.wait()
    print(name, "woke", result)


async def main():
    event = asyncio.Event()
    print("is_set", event.is_set())
    tasks = [asyncio.create_task(waiter(n, event)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    print("setting")
    event.set()
    print("is_set", event.is_set())
    for t in tasks:
        await t
    print("already set:", await event.wait())
    event.clear()
    print("is_set", event.is_set())
    late = asyncio.create_task(waiter("late", event))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("late done?", late.done())
    event.set()
    event.clear()  # still wakes the waiter
    await late
    print("late done?", late.done())


asyncio.run(main())
