# asyncio event loop objects: get_event_loop/new_event_loop, run_until_complete, loop.create_task, current_task
import asyncio


async def child(results):
    results.append(asyncio.current_task() is not None)
    await asyncio.sleep(0)
    return "child"


async def main():
    results = []
    t = loop.create_task(child(results))
    me = asyncio.current_task()
    print("current is a Task", isinstance(me, asyncio.Task), me is not t)
    print(await t, results)
    return "main"


loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
print(asyncio.current_task() if False else "outside")
t = loop.create_task(child([]))
print(loop.run_until_complete(t), t.done())
loop.close()
