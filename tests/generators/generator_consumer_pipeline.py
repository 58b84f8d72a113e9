# Coroutine-style generators pushing data through a pipeline with send().
def sink(store):
    while True:
        item = yield
        store.append(item)
def upper(target):
    while True:
        item = yield
        target.send(item.upper())
def only_long(target, n):
    while True:
        item = yield
        if len(item) >= n:
            target.send(item)
results = []
s = sink(results)
next(s)
u = upper(s)
next(u)
f = only_long(u, 3)
next(f)
for word in "a bb ccc dddd ee fffff".split():
    f.send(word)
print(results)
