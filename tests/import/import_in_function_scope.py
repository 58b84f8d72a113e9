# import inside a function binds a local name; module globals are the module's own.
def use():
    import _mod_simple as local_alias
    return local_alias.greet("local")
print(use())
try:
    local_alias
except NameError:
    print("local_alias is not global")
def use_from():
    from _mod_simple import bump
    return bump
b = use_from()
import _mod_simple
before = _mod_simple.counter
b()
print(_mod_simple.counter - before)
counter = "main's counter"
print(_mod_simple.counter != counter)
