"""Module docstring: a string expression statement that does nothing."""
# Strings used as statements anywhere are evaluated and discarded.
def f():
    """Function docstring."""
    "another string statement"
    return "f ran"
class C:
    """Class docstring."""
    x = 1
    """Attribute 'docstring'."""
print(f(), C.x)
"""A free-standing triple-quoted string
spanning lines"""
print("done")
