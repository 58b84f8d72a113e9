# import a module, use its attributes, alias it.
import _mod_simple
import _mod_simple as ms
print(_mod_simple.VERSION, _mod_simple.greet("mod"), ms is _mod_simple)
w = ms.Widget(3)
print(w, type(w).__name__, isinstance(w, _mod_simple.Widget))
print(ms.bump(), ms.bump(), _mod_simple.counter)
print(ms.who_am_i(), __name__, ms.__name__)
print(type(ms).__name__, hasattr(ms, "greet"), hasattr(ms, "nothing"))
