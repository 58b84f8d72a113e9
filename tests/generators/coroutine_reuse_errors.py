# Coroutine misuse errors: resuming a finished coroutine, sending to a new one, awaiting non-awaitables.
async def answer():
    return 42
c = answer()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
for action in ("send", "throw"):
    try:
        if action == "send":
            c.send(None)
        else:
            c.throw(ValueError)
    except RuntimeError as e:
        print(action, "RuntimeError:", e)
print("close of finished:", c.close())
c = answer()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("after close:", e)
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def awaits(x):
    return await x
for bad in (5, "text", [1]):
    try:
        drive(awaits(bad))
    except TypeError as e:
        print("TypeError:", type(bad).__name__)
class NotIterator:
    def __await__(self):
        return 5
try:
    drive(awaits(NotIterator()))
except TypeError as e:
    print("TypeError:", e)
class Good:
    def __await__(self):
        return iter([None, None])
async def uses_good():
    r = await Good()
    return ("good", r)
print(drive(uses_good()))
print(drive(awaits(answer())))
