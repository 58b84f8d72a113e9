# yield from delegates iteration, send() and the return value.
def inner():
    x = yield "inner-1"
    print("inner received", x)
    yield "inner-2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    yield from range(2)
    yield from "ab"
    return "outer-done"
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6), (x * x for x in range(3)))))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], []], [[5]]])))
