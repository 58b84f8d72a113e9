# global inside a nested function refers to the module, skipping enclosing scopes.
x = "module"
def outer():
    x = "outer"
    def g():
        global x
        x = "set by g"
    def n():
        nonlocal x
        x = "set by n"
    g()
    after_g = x
    n()
    return after_g, x
print(outer(), x)
def declare_only():
    global fresh_global
    def inner():
        return fresh_global
    fresh_global = "created"
    return inner()
print(declare_only(), fresh_global)
