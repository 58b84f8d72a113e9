# Failing imports raise ImportError (ModuleNotFoundError for missing modules).
try:
    import _no_such_module_anywhere
except ImportError as e:
    print("ImportError for missing module", isinstance(e, ImportError))
try:
    from _mod_simple import does_not_exist
except ImportError:
    print("ImportError for missing name")
try:
    import pkg.not_a_submodule
except ImportError:
    print("ImportError for missing submodule")
print("still running")
