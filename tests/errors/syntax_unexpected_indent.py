# An indented line where no block starts raises IndentationError.
# expect: stderr-last-line
print("never printed")
x = 1
    y = 2
