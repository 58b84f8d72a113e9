# The micropython module: heap lock, scheduler, kbd_intr, reports, and the native decorators in this build.
import micropython
print(micropython.const(7))
micropython.heap_lock()
try:
    x = [1, 2, 3] * 100
except MemoryError:
    print("MemoryError while locked")
print(micropython.heap_locked())
micropython.heap_lock()
print(micropython.heap_locked())
print(micropython.heap_unlock(), micropython.heap_unlock(), micropython.heap_locked())
y = [1, 2, 3] * 100
print(len(y))

log = []
def callback(arg):
    log.append(arg)
micropython.schedule(callback, 1)
micropython.schedule(callback, "two")
print(log)
for i in range(3):
    pass
print(log)
try:
    for i in range(20):
        micropython.schedule(callback, i)
except RuntimeError as e:
    print("RuntimeError", e)
for i in range(2):
    pass
print(len(log))

# Straight-line code has no safe point: the ninth call finds the queue full.
s = micropython.schedule
try:
    s(callback, 0); s(callback, 1); s(callback, 2); s(callback, 3); s(callback, 4); s(callback, 5); s(callback, 6)
    s(callback, 7); s(callback, 8)
except RuntimeError as e:
    print("RuntimeError", e)
for i in range(2):
    pass
print(len(log), log[-1])

def raiser(arg):
    raise ValueError(arg)
micropython.schedule(raiser, "from a callback")
try:
    while True:
        pass
except ValueError as e:
    print("ValueError", e)

micropython.kbd_intr(-1)
micropython.kbd_intr(3)
try:
    micropython.kbd_intr(300)
except ValueError:
    print("ValueError")
print(micropython.stack_use() > 0, micropython.alloc_emergency_exception_buf(100))
for decorator in (micropython.native, micropython.viper, micropython.asm_thumb):
    try:
        @decorator
        def f():
            pass
    except NotImplementedError:
        print("NotImplementedError")

# opt_level: what compile()/exec() use from then on (1 strips asserts).
print(micropython.opt_level())
micropython.opt_level(1)
exec("assert False, 'stripped'")
print(micropython.opt_level())
micropython.opt_level(0)
try:
    exec("assert False, 'kept'")
except AssertionError as e:
    print("AssertionError", e)

# With the heap locked (as in an interrupt handler) a program can still raise and catch its own exceptions:
# they are built in the emergency exception buffer (one at a time: print before raising the next).
def handler(n):
    raise ValueError("in handler", n)
micropython.heap_lock()
try:
    handler(5)
except ValueError as e:
    print("caught", e.args)
try:
    raise KeyError("k")
except KeyError as e:
    print("caught", type(e).__name__, e.args)
micropython.heap_unlock()
