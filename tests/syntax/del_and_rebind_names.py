# Deleting and rebinding names at module and function level.
x = 1
del x
x = "rebound"
print(x)
def f():
    y = 1
    del y
    y = 2
    return y
print(f())
class C:
    attr = 1
    del attr
print(hasattr(C, "attr"))
lst = [1, 2, 3]
for i in range(2):
    item = lst[i]
    del item
try:
    item
except NameError:
    print("NameError")
def g():
    try:
        del undefined_local_zz
    except NameError:
        return "NameError deleting an unbound name"
print(g())
