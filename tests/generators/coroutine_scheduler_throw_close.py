# A tiny round-robin scheduler drives coroutines with send(); it cancels one with throw() and closes another.
class Cancelled(Exception):
    pass
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        got = yield self.ticks
        return got
async def worker(name, steps, log):
    try:
        for i in range(steps):
            woke = await Sleep(i)
            log.append((name, i, woke))
        return name + " done"
    except Cancelled:
        log.append((name, "cancelled"))
        return name + " cancelled"
    finally:
        log.append((name, "cleanup"))
def run(tasks, cancel_after=None, close_after=None):
    log = []
    queue = [(n, worker(n, s, log)) for n, s in tasks]
    for name, coro in queue:
        coro.send(None)  # a coroutine starts with send(None)
    results = {}
    tick = 0
    while queue:
        name, coro = queue.pop(0)
        tick += 1
        try:
            if name == cancel_after and tick > 3:
                coro.throw(Cancelled())
            elif name == close_after and tick > 3:
                coro.close()
                results[name] = "closed"
                continue
            else:
                coro.send(tick)
            queue.append((name, coro))
        except StopIteration as e:
            results[name] = e.value
    return results, log
results, log = run([("a", 3), ("b", 4)])
print(sorted(results.items()))
print(log)
results, log = run([("a", 3), ("b", 5)], cancel_after="b")
print(sorted(results.items()))
print(log)
results, log = run([("a", 2), ("b", 5)], close_after="b")
print(sorted(results.items()))
print(log)
