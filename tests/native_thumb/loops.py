# Loops in native code: while, for over range (the inline counter) and any iterable, break/continue/else.
import micropython


@micropython.native
def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


print(count(0), count(1), count(10), count(1000))


@micropython.native
def count2(a, b):
    out = []
    for i in range(a, b):
        out.append(i)
    return out


print(count2(3, 8), count2(5, 2), count2(-3, 2))
print(count2(2**40, 2**40 + 3))  # not small ints: the generic path


@micropython.native
def stepped(a, b, c):
    out = []
    for i in range(a, b, c):
        out.append(i)
    return out


print(stepped(10, 0, -3), stepped(0, 10, 4))


@micropython.native
def nested(n):
    pairs = 0
    for i in range(n):
        for j in range(i):
            if (i + j) % 3 == 0:
                continue
            pairs += 1
            if pairs > 20:
                break
    return pairs


print(nested(5), nested(10))


@micropython.native
def loop_else(items, wanted):
    for x in items:
        if x == wanted:
            result = "found"
            break
    else:
        result = "missing"
    return result


print(loop_else([1, 2, 3], 2), loop_else([1, 2, 3], 9), loop_else([], 1))


@micropython.native
def while_loop(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


print(while_loop(27), while_loop(1))


@micropython.native
def while_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 100:
            break
    else:
        return ("completed", i)
    return ("broke", i)


print(while_else(5), while_else(500))


@micropython.native
def iterate(things):
    out = []
    for x in things:
        out.append(x)
    return out


def gen():
    yield 1
    yield "two"


print(iterate("abc"), iterate((1, 2)), iterate({"a": 1, "b": 2}), iterate(gen()), iterate(b"hi"))


@micropython.native
def unpack_loop(pairs):
    total = 0
    for a, b in pairs:
        total += a * b
    return total


print(unpack_loop([(1, 2), (3, 4), [5, 6]]))


@micropython.native
def loop_var_after(n):
    i = -1
    for i in range(n):
        pass
    return i


print(loop_var_after(5), loop_var_after(0))


range_calls = []


@micropython.native
def shadowed(n):
    out = []
    for i in range(n):
        out.append(i)
    return out


def my_range(n):
    range_calls.append(n)
    return [n, n]


print(shadowed(3))
range = my_range
print(shadowed(3), range_calls)
del range
print(shadowed(2))


@micropython.native
def modify_counter(n):
    out = []
    for i in range(n):
        out.append(i)
        i = 100
    return out


print(modify_counter(3))
