# A circular import sees a partly initialised module; it works when names are used later.
import _mod_circular_a
print("main: a.from_a() =", _mod_circular_a.from_a())
import _mod_circular_b
print("main:", _mod_circular_b.value_b, _mod_circular_a.value_a)
