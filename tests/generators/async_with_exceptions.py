# async with: __aexit__ sees the exception, may suppress it (True) or let it propagate; errors in __aexit__.
class Tick:
    def __await__(self):
        yield
class Ctx:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_exit = fail_exit
    async def __aenter__(self):
        await Tick()
        print(self.name, "enter")
        return self
    async def __aexit__(self, et, ev, tb):
        await Tick()
        print(self.name, "exit", et.__name__ if et else None, repr(ev))
        if self.fail_exit:
            raise RuntimeError("exit failed")
        return self.suppress
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async with Ctx("plain") as c:
        print("body", c.name)
    async with Ctx("suppressing", suppress=True):
        raise ValueError("swallowed")
    print("after suppressed")
    try:
        async with Ctx("passing"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e))
    try:
        async with Ctx("outer"), Ctx("inner", fail_exit=True):
            raise IndexError("i")
    except RuntimeError as e:
        print("RuntimeError", e, "context:", repr(e.__context__))
    async with Ctx("return-inside"):
        return "returned from with"
print(run(main()))
