# UnboundLocalError and ModuleNotFoundError are built-in classes with CPython's bases and messages.
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError), UnboundLocalError.__mro__[1].__name__)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError), ModuleNotFoundError.__bases__)
try:
    import no_such_module_here
except ImportError as e:
    print("caught as ImportError", e.name)
print(UnboundLocalError, ModuleNotFoundError, UnboundLocalError.__name__)
