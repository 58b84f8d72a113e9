# Helper module (not a test): other half of an import cycle; a is only partly initialised here.
print("b: start")
import _mod_circular_a
print("b: a has value_a:", hasattr(_mod_circular_a, "value_a"), "from_a:", hasattr(_mod_circular_a, "from_a"))
value_b = "B"
