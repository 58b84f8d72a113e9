# global declarations let functions rebind module names.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter)
def make_new():
    global created
    created = "made inside function"
make_new()
print(created)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def read_only():
    return counter * 2
print(read_only())
def unbound():
    try:
        print(counter)
    except UnboundLocalError:
        print("UnboundLocalError")
    counter = 5
unbound()
def g1():
    global a1, a2
    a1, a2 = 1, 2
g1()
print(a1, a2)
