# eval(): an expression's value, with the caller's or given namespaces.
print(eval("1 + 2 * 3"))
print(eval("x + 1", {"x": 10}))
print(eval("x + y", {"x": 1}, {"y": 2}))
x = 100
print(eval("x // 3"))
def h():
    z = 7
    return eval("z * 3")
print(h())
print(eval("[i * i for i in range(4)]"))
print(eval("len('abcd')", {}))
print(eval("  (1, 'two')"))
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
try:
    eval("undefined_name")
except NameError:
    print("NameError")
try:
    eval("x = 1")
except SyntaxError:
    print("SyntaxError for a statement")
