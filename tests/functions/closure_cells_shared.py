# Several closures share one cell; cells work for arguments and outlive the frame.
def pair():
    value = [0]
    n = 0
    def get():
        return n, value
    def set_(v):
        nonlocal n
        n = v
        value.append(v)
    return get, set_
get, set_ = pair()
set_(5)
set_(7)
print(get())
def arg_cell(a, b=2):
    def f():
        return a * b
    a += 1
    return f
print(arg_cell(3)(), arg_cell(3, 10)())
def deep():
    x = 1
    def l1():
        def l2():
            def l3():
                return x * 1000
            return l3
        return l2
    return l1
print(deep()()()())
