# Resuming a finished coroutine is a RuntimeError ("cannot reuse already awaited coroutine").
# expect: stderr-last-line
async def job():
    return 1
c = job()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
c.send(None)
