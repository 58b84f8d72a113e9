# PEP 479: a StopIteration leaking out of a generator body ends the program as RuntimeError.
# expect: stderr-last-line
def numbers():
    yield 1
    raise StopIteration
for n in numbers():
    print(n)
