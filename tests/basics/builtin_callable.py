# callable() and calling builtins through names.
def f():
    pass
class C:
    def __call__(self):
        return "called"
class D:
    pass
print(callable(f), callable(len), callable(C), callable(C()), callable(D()), callable(1), callable("s"))
print(C()(), callable(lambda: 0), callable([].append))
funcs = [len, str, repr, abs]
print([fn(-3) if fn is abs else fn("ab") for fn in funcs])
