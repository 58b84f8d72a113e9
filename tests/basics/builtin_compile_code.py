# compile() returns a code object that exec()/eval() run in the namespaces they are given.
c = compile("x = 5\ny = x * 2", "myfile", "exec")
print(type(c).__name__)
print(repr(c).startswith("<code object <module> at 0x"), repr(c).endswith(', file "myfile", line 1>'))
g = {}
exec(c, g)
print(g["y"])
exec(c, g)
print(sorted(k for k in g if k != "__builtins__"))
e = compile("a + 1", "<e>", "eval")
print(eval(e, {"a": 41}), eval(e, {"a": 1.5}))
try:
    c()
except TypeError:
    print("TypeError: not callable")
s = compile("print('single', 3)", "<s>", "single")
exec(s)
def f():
    local = 7
    return eval(compile("local * 6", "<f>", "eval"))
print(f())
counter = compile("n += 1", "<c>", "exec")
ns = {"n": 0}
for _ in range(5):
    exec(counter, ns)
print(ns["n"])
try:
    compile("1 +", "<bad>", "exec")
except SyntaxError:
    print("SyntaxError")
try:
    compile("x", "<m>", "run")
except ValueError:
    print("ValueError")
