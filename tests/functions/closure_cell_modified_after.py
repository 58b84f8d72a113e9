# A closure reads the current value of a cell, even after the defining function changed it.
def make():
    value = "initial"
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    value = "changed before return"
    return get, set_
get, set_ = make()
print(get())
set_("changed by setter")
print(get())
def loop_cells():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
        i = i * 10
    return [f() for f in fs]
print(loop_cells())
