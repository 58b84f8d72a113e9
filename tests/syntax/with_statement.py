# with: __enter__/__exit__ order, as-target, several items, exceptions and suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("x") as x, CM("y") as y:
    print("body", x, y)
with CM("q"):
    print("no target")
try:
    with CM("err"):
        raise ValueError("oops")
except ValueError as e:
    print("propagated", e)
with CM("sup", suppress=True):
    raise KeyError("k")
print("after suppressed")
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized", p1, p2)
