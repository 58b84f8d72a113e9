# A user context manager class: __exit__ receives the exception and can swallow it.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False
with Suppress(KeyError, IndexError) as s:
    [][1]
print("swallowed", type(s.caught).__name__)
with Suppress(KeyError) as s:
    pass
print("nothing raised", s.caught)
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError passed through")
class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "start")
    def __exit__(self, *a):
        print("  " * Timer.depth + "stop")
        Timer.depth -= 1
with Timer():
    with Timer():
        print("work")
