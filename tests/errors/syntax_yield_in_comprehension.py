# yield inside a comprehension is rejected at compile time.
# expect: stderr-last-line
def g():
    return [(yield i) for i in range(3)]
print("never printed")
