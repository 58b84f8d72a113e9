# Only one starred target is allowed in an assignment.
# expect: stderr-last-line
print("never printed")
a, *b, *c = [1, 2, 3]
