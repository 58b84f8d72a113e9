# Float and imaginary literals are a SyntaxError at compile time, with the position of the literal.
sources = [
    "x = 1.5",
    "x = 1e3",
    "x = 2j",
    "x = .5",
    "x = 1.",
    "x = 1_0.0_1",
    "x = 3E-2",
    "x = 0.0",
    "x = 1J",
    "y = [1,\n     2.5]",
    "def f():\n    return 7 + 0.5\n",
    "print(f'{1.5}')",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.args[0], e.lineno, e.offset)

# The same at module level of exec(), and nothing of the module runs.
try:
    exec("print('not reached')\nz = 4.25\n")
except SyntaxError as e:
    print("exec", e.args[0], e.lineno)

# Int literals, including ones that look like floats in part, still compile.
print(0x1e3, 0o17, 0b101, 1_000, 0xE, 0XeE)
print(1if True else 2, [1for _ in range(2)])
print(1 .bit_length(), (255).bit_length())
x = 10
print(x.real if hasattr(x, "real") else "no real")
