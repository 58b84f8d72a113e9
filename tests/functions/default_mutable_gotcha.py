# Default values are evaluated once, at definition time.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
n = 10
def uses_n(x=n):
    return x
n = 20
print(uses_n())
def counter(store={"calls": 0}):
    store["calls"] += 1
    return store["calls"]
print(counter(), counter(), counter({"calls": 100}), counter())
