# from-import binds names; later rebinding in the module is not seen through the copy.
from _mod_simple import greet, VERSION as V, counter, bump
import _mod_simple
print(greet("from"), V)
bump()
bump()
print(counter, _mod_simple.counter)
from _mod_simple import counter
print(counter)
_mod_simple.VERSION = "changed"
print(V, _mod_simple.VERSION)
from _mod_simple import (Widget,
                         who_am_i)
print(Widget(1), who_am_i())
