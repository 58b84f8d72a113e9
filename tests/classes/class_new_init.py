# __new__ runs before __init__; it can return cached or other objects.
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init")
a = Single()
b = Single()
print(a is b)
class Tagged:
    def __new__(cls, tag):
        obj = super().__new__(cls)
        obj.tag = tag.upper()
        return obj
    def __init__(self, tag):
        self.tag += "!"
print(Tagged("x").tag)
class NotMe:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMe())
