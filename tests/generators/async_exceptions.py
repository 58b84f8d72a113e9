# Exceptions inside coroutines propagate out of send(); throw() works on coroutines.
class Pause:
    def __await__(self):
        yield
async def failing():
    await Pause()
    raise ValueError("async failure")
async def catcher():
    try:
        await failing()
    except ValueError as e:
        return "caught " + str(e)
c = catcher()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
c2 = failing()
c2.send(None)
try:
    c2.send(None)
except ValueError as e:
    print("propagated:", e)
async def waits():
    try:
        await Pause()
    except KeyError:
        return "thrown in"
c3 = waits()
c3.send(None)
try:
    c3.throw(KeyError())
except StopIteration as e:
    print(e.value)
async def simple():
    return 42
c4 = simple()
try:
    c4.send(None)
except StopIteration as e:
    print("simple", e.value)
