# What native code does not support is a SyntaxError when the def is compiled, at the construct.
cases = [
    "try:\n        pass\n    except:\n        pass",
    "with x:\n        pass",
    "yield 1",
    "x = yield",
    "def inner():\n        pass",
    "class C:\n        pass",
    "del x",
    "import sys",
    "from sys import path",
    "assert x",
    "x: int = 1",
    "return lambda: 1",
    "return [i for i in x]",
    "return {i: i for i in x}",
    "return (i for i in x)",
    "return {1, 2}",
    "return f'{x}'",
    "return (y := 1)",
    "return f(*x)",
    "return f(**x)",
    "return [*x]",
    "return {**x}",
    "a, *b = x",
    "raise",
    "raise ValueError from None",
    "await x",
    "return locals()",
    "return globals()",
    "return dir()",
    "return vars()",
    "return eval('x')",
    "exec('y = 1')",
    "return super().f()",
]
for body in cases:
    source = "import micropython\n@micropython.native\ndef f(x):\n    " + body + "\n"
    try:
        exec(source)
        print("compiled:", body)
    except SyntaxError as e:
        print(e.args[0], e.args[1][1:3])

for signature in ["*args", "**kw", "a, *, b", "a, *args"]:
    try:
        exec("import micropython\n@micropython.native\ndef f(" + signature + "):\n    pass\n")
        print("compiled:", signature)
    except SyntaxError as e:
        print(e.args[0], e.args[1][1:3])

try:
    exec("import micropython\n@micropython.native\nasync def f():\n    pass\n")
except SyntaxError as e:
    print(e.args[0], e.args[1][1:3])


try:
    exec("import micropython\ndef outer():\n    v = 1\n    @micropython.native\n    def g():\n        return v\n")
except SyntaxError as e:
    print(e.args[0], e.args[1][1:3])

# Decorators outside @micropython.native still apply.
import micropython


def twice(f):
    return lambda *a: 2 * f(*a)


@twice
@micropython.native
def seven():
    return 7


print(seven())


# With an explicit namespace, or shadowed by a local, those names are ordinary calls.
@micropython.native
def explicit(obj, g):
    eval = len
    return dir(obj) == dir(obj), eval("abc"), exec("r = 5", g), g["r"]


print(explicit(1, {}))
