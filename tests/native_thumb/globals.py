# Globals, builtins and module-level const() in native code.
import micropython
from micropython import const

LIMIT = const(40)
counter = 0
name = "module"


@micropython.native
def read_globals():
    return counter, name, LIMIT, len(name), LIMIT + 2


@micropython.native
def write_global(v):
    global counter
    counter = v
    counter += 1
    return counter


print(read_globals())
print(write_global(10), counter)
print(read_globals())


@micropython.native
def local_shadows(counter):
    name = "local"
    return counter, name


print(local_shadows(99), counter, name)


@micropython.native
def uses_later_global():
    return later_defined * 2


later_defined = 21
print(uses_later_global())
del later_defined
try:
    uses_later_global()
except NameError as e:
    print("NameError", e)


@micropython.native
def use_builtin_shadow():
    return len("abc")


len = lambda s: -1
print(use_builtin_shadow())
del len
print(use_builtin_shadow())
