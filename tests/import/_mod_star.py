# Helper module (not a test): __all__ limits what `from _mod_star import *` binds.
__all__ = ["public_a", "_listed_private"]
public_a = "a"
public_b = "b (not in __all__)"
_listed_private = "private but listed"
