# An exception raised inside a generator ends the program at the consumer.
# expect: stderr-last-line
def gen():
    yield 1
    yield 2
    raise ValueError("generator failed")
for v in gen():
    print(v)
