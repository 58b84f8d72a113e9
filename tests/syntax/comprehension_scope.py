# Comprehensions have their own scope but see enclosing function and class scopes correctly.
def f():
    n = 3
    return [n * i for i in range(n)]
print(f())
def g():
    items = [1, 2, 3]
    return [[i + j for j in items] for i in items]
print(g())
i = "unchanged"
squares = [i * i for i in range(4)]
print(i, squares)
def h():
    fs = [lambda: i for i in range(3)]
    return [fn() for fn in fs]
print(h())
class C:
    data = [1, 2, 3]
    doubled = [x * 2 for x in data]
print(C.doubled)
def nested_closure():
    base = 100
    return list(map(lambda y: [base + y + k for k in range(2)], range(2)))
print(nested_closure())
