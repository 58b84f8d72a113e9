# A module body runs once; later imports return the same module object.
print("first import")
import _mod_side_effect
print("second import")
import _mod_side_effect as again
print("from-import")
from _mod_side_effect import loads
print(again is _mod_side_effect, loads)
def inside():
    import _mod_side_effect
    return _mod_side_effect.loads
print(inside())
_mod_side_effect.loads += 1
import _mod_side_effect
print(_mod_side_effect.loads)
