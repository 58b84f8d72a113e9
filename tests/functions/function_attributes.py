# Functions are objects: __name__, attributes, passing around, storing in containers.
def hello():
    "a docstring"
    return "hi"
print(hello.__name__, hello(), type(hello).__name__)
hello.custom = 42
print(hello.custom)
alias = hello
print(alias.__name__, alias is hello, alias())
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(str.upper, "x"), apply(lambda: "lam"))
table = {"sq": lambda x: x * x, "neg": lambda x: -x}
print({k: fn(4) for k, fn in table.items()})
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer() is outer())
