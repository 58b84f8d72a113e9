# Helper module (not a test): half of an import cycle.
print("a: start")
value_a = "A"
import _mod_circular_b
print("a: sees b.value_b =", _mod_circular_b.value_b)
def from_a():
    return "from_a uses " + _mod_circular_b.value_b
