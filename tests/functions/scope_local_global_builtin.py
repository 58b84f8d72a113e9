# Name resolution: local, enclosing, global, builtin (LEGB), and shadowing builtins.
x = "global x"
def f():
    return x
def g():
    x = "local x"
    return x
def h():
    def inner():
        return x
    x = "enclosing x"
    return inner()
print(f(), g(), h(), x)
def shadow_len():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_len(), len("abc"))
print = print
def local_print():
    p = print
    p("through a local alias")
local_print()
class K:
    x = "class x"
    def m(self):
        return x
print(K().m(), K.x)
