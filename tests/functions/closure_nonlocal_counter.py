# nonlocal rebinds a variable of the nearest enclosing function scope.
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "inner changed middle"
        inner()
        return x
    m = middle()
    return x, m
print(outer())
def accumulator():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    def get():
        return total, items
    return add, get
add, get = accumulator()
add(3)
add(4)
print(get())
def two_levels():
    n = 0
    def a():
        def b():
            nonlocal n
            n += 10
        b()
        b()
    a()
    return n
print(two_levels())
