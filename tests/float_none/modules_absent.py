# math and cmath are about floats: a build without float has neither.
for name in ["math", "cmath"]:
    try:
        __import__(name)
        print(name, "imported")
    except ImportError as e:
        print(name, type(e).__name__, e)
import gc
import micropython
import sys

gc.collect()
print(type(gc.mem_free()).__name__, type(gc.mem_alloc()).__name__, gc.mem_free() > 0)
print(type(sys.maxsize).__name__, sys.maxsize > 0, sys.implementation.name)
print(micropython.opt_level(), type(micropython.stack_use()).__name__)
print("float_info" in dir(sys))
