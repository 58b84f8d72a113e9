# object() refuses arguments; a class without __init__ refuses arguments too.
class NoInit:
    pass
try:
    NoInit(1)
except TypeError:
    print("TypeError: NoInit() takes no arguments")
try:
    object(1)
except TypeError:
    print("TypeError: object() takes no arguments")
class Init:
    def __init__(self, a, b=2):
        self.s = a + b
print(Init(1).s, Init(1, 3).s, Init(b=5, a=1).s)
for args in ((), (1, 2, 3)):
    try:
        Init(*args)
    except TypeError:
        print("TypeError with", len(args), "args")
class ReturnsValue:
    def __init__(self):
        return 5
try:
    ReturnsValue()
except TypeError:
    print("TypeError: __init__ must return None")
