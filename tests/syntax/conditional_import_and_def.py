# def, class and import statements are executable: they can be conditional and repeated.
for mode in ("a", "b"):
    if mode == "a":
        def pick():
            return "first definition"
    else:
        def pick():
            return "second definition"
    print(pick())
funcs = []
for i in range(3):
    def f(i=i):
        return i * 100
    funcs.append(f)
print([fn() for fn in funcs], funcs[0] is not funcs[1])
if True:
    class Chosen:
        kind = "true branch"
else:
    class Chosen:
        kind = "false branch"
print(Chosen.kind)
try:
    import _definitely_missing_module_xyz as m
except ImportError:
    m = None
print(m)
