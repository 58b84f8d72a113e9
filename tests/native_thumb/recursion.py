# Recursion through native functions is bounded by the C stack check: RuntimeError, never a crash.
import micropython


@micropython.native
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RuntimeError as e:
    print("RuntimeError", e)


@micropython.native
def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


try:
    ping(0)
except RuntimeError as e:
    print("RuntimeError", e)


@micropython.native
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(100))
print(forever.__name__)
