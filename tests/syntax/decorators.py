# Function decorators: plain, with arguments, stacked, class-based.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("bob"))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def ping():
    return "ping"
print(ping())
order = []
def tag(label):
    def deco(fn):
        order.append(label)
        return lambda: label + "(" + fn() + ")"
    return deco
@tag("outer")
@tag("inner")
def core():
    return "core"
print(core(), order)
class Count:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Count
def square(x):
    return x * x
print(square(3), square(4), square.calls)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return 1
print(list(registry), alpha())
