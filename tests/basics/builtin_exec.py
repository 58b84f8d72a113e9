# exec(): caller's namespace by default, explicit globals/locals dicts, functions defined inside, SyntaxError.
exec("a = 1 + 2")
print(a)
g = {}
exec("x = 5\ndef f(): return x * 2\ny = f()", g)
print(g["y"], sorted(k for k in g if k != "__builtins__"))
print("__builtins__" in g)
g2 = {"n": 3}
l2 = {}
exec("m = n * 2", g2, l2)
print(l2, "m" in g2)
print(exec("1 + 1"))
exec("for i in range(3): print(i, end=' ')\nprint()")
exec("print(len('abc'))", {})
try:
    exec("x = (")
except SyntaxError as e:
    print("SyntaxError")
try:
    exec("raise ValueError('inner')", {})
except ValueError as e:
    print("ValueError", e)
def scope():
    v = 4
    exec("print(v + 1)")
scope()
