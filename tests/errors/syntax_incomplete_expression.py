# An expression cut short at the end of a line.
# expect: stderr-last-line
total = 1 +
print(total)
