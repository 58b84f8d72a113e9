# from m import * honours __all__, or skips underscore names without it.
from _mod_star import *
print(public_a, _listed_private)
try:
    public_b
except NameError:
    print("public_b not imported (not in __all__)")
from _mod_star_noall import *
print(visible, visible_func())
try:
    _hidden
except NameError:
    print("_hidden not imported")
