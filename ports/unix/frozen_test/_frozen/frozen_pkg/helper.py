# A frozen submodule, imported by its package's __init__.
def twice(x):
    return 2 * x
