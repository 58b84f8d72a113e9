# Calling things: functions, methods, classes, instances with __call__, builtins, and partial application.
def add(a, b):
    return a + b
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
    def method(self, x):
        return x * self.n
def partial(fn, *pre):
    def call(*rest):
        return fn(*pre, *rest)
    return call
callables = [add, partial(add, 100), Adder(5), Adder(3).method, partial(Adder(2).method), abs, str]
for c in callables:
    try:
        print(c(-7, 1))
    except TypeError:
        print(c(-7))
