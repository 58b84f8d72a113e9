# asyncio.Lock: contention in FIFO order with `async with`, acquire/release/locked, release of an unlocked lock
import asyncio


async def user(name, lock, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(name + " out")


async def main():
    lock = asyncio.Lock()
    print("locked", lock.locked())
    log = []
    await asyncio.gather(user("a", lock, log), user("b", lock, log), user("c", lock, log))
    print(log)
    print("locked", lock.locked())
    print("acquire", await lock.acquire())
    print("locked", lock.locked())
    lock.release()
    print("locked", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    # an exception inside `async with` releases the lock
    try:
        async with lock:
            raise KeyError("inside")
    except KeyError:
        print("KeyError, locked", lock.locked())


asyncio.run(main())
