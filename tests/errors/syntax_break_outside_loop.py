# break outside a loop is a compile-time error even in dead code.
# expect: stderr-last-line
print("never printed")
if False:
    break
