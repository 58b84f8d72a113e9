# SyntaxError from compile()/exec() carries msg, filename, lineno, offset, text; str() adds file and line.
def show(source, filename="<string>"):
    try:
        compile(source, filename, "exec")
    except SyntaxError as e:
        print(e.msg, "|", e.filename, e.lineno, e.offset, repr(e.text))
        print(str(e))
show("x = (", "zz.py")
show("def f(:\n  pass")
try:
    exec("y = 1\nz = (")
except SyntaxError as e:
    print(type(e).__name__, e.lineno, repr(e.text), e.args[0])
e = SyntaxError("bad thing", ("dir/mod.py", 3, 4, "a b\n"))
print(str(e), e.msg, e.filename, e.lineno, e.offset, repr(e.text))
print(e.args)
e = SyntaxError("only message")
print(str(e), e.msg, e.filename, e.lineno, e.offset, e.text)
print(str(SyntaxError("m", (None, 7, 1, "x"))), str(SyntaxError("m", ("f.py", None, 1, "x"))))
print(issubclass(IndentationError, SyntaxError), str(IndentationError("ind")))
