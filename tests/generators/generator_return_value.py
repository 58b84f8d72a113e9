# return in a generator ends it; the value is carried by StopIteration.value.
def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def h():
    return 5
    yield
try:
    next(h())
except StopIteration as e:
    print("immediately:", e.value)
def no_value():
    yield 1
it = no_value()
next(it)
try:
    next(it)
except StopIteration as e:
    print("no return value:", e.value)
print(list(g()))
