# yield at module level is a compile-time error.
# expect: stderr-last-line
print("never printed")
yield 1
