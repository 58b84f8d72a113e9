# Calls between native and bytecode functions, both ways; keywords, defaults, methods, recursion, builtins.
import micropython


def bytecode_add(a, b=10):
    return a + b


@micropython.native
def native_calls_bytecode(x):
    return bytecode_add(x), bytecode_add(x, 1), bytecode_add(b=2, a=x)


print(native_calls_bytecode(5))


@micropython.native
def native_add(a, b=100):
    return a + b


def bytecode_calls_native(x):
    return native_add(x), native_add(x, 1), native_add(b=2, a=x), native_add(*[x, x])


print(bytecode_calls_native(5))


@micropython.native
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))


@micropython.native
def methods(items):
    items.append(4)
    items.insert(0, 0)
    s = "-".join(["a", "b"])
    return items, s.upper(), "x,y".split(","), sorted(items, reverse=True), "{}:{}".format(1, 2)


print(methods([1, 2, 3]))


@micropython.native
def builtins(seq):
    return len(seq), max(seq), min(seq), sum(seq), list(reversed(seq)), isinstance(seq, list), str(42)


print(builtins([3, 1, 2]))


@micropython.native
def printing(a, b):
    print(a, b, sep="|", end="!\n")


printing(1, "two")


class Counter:
    def __init__(self):
        self.count = 0

    @micropython.native
    def bump(self, by=1):
        self.count += by
        return self.count


c = Counter()
c.bump()
c.bump(5)
print(c.bump(by=10), c.count)


@micropython.native
def higher_order(f, x):
    return f(f(x))


print(higher_order(lambda v: v * 3, 2), higher_order(native_add, 1))


@micropython.native
def no_args():
    return "none"


print(no_args(), no_args.__name__)
print(list(map(native_add, [1, 2], [3, 4])))
print(sorted([3, 1, 2], key=native_add))


def outer():
    return [native_add(i) for i in range(3)]


print(outer())

try:
    native_add()
except TypeError:
    print("TypeError: missing argument")
try:
    native_add(1, 2, 3)
except TypeError:
    print("TypeError: too many arguments")
try:
    native_add(1, c=3)
except TypeError:
    print("TypeError: unexpected keyword")
