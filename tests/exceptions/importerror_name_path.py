# ImportError carries name, path and msg; import failures name the missing module.
e = ImportError("cannot import", name="mod", path="/lib/mod.py")
print(e.name, e.path, e.msg, e.args, str(e))
e = ImportError("plain")
print(e.name, e.path, e.msg)
e = ImportError()
print(e.name, e.msg, e.args)
try:
    ImportError("x", color="red")
except TypeError:
    print("TypeError for unknown keyword")
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e.msg, e)
try:
    import no_such_module_here
except ImportError as e:
    print(isinstance(e, ModuleNotFoundError), repr(e))
class PluginMissing(ImportError):
    pass
p = PluginMissing("no plugin", name="plug")
print(p.name, p.args, str(p))
