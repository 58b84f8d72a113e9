# compile(): code objects that exec() and eval() run, in each mode.
c = compile("q = 4\nprint(q)", "<s>", "exec")
exec(c)
print(q)
g = {}
exec(c, g)
print(g["q"])
e = compile("2 ** 10", "<s>", "eval")
print(eval(e))
print(eval(compile("v * 2", "<s>", "eval"), {"v": 21}))
exec(compile("1 + 1", "<s>", "single"))
exec(compile("w = 3", "<s>", "single"))
print(w)
code = compile("total = sum(range(5))", "file.py", "exec")
for _ in range(2):
    exec(code)
print(total)
try:
    compile("def (", "<s>", "exec")
except SyntaxError:
    print("SyntaxError")
try:
    compile("1", "<s>", "bogus")
except ValueError:
    print("ValueError")
