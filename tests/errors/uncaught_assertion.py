# A failing assert with a message.
# expect: stderr-last-line
def check(n):
    assert n < 3, "n too large: %d" % n
    return n
for i in range(5):
    print(check(i))
