# UnboundLocalError is a NameError subclass raised for locals read before assignment.
x = "global"
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError", isinstance(e, NameError))
    x = "local"
    return x
print(f())
def g(flag):
    if flag:
        y = 1
    return y
print(g(True))
try:
    g(False)
except NameError as e:
    print(type(e).__name__)
