# An exception with several arguments shows the tuple.
# expect: stderr-last-line
print("two args")
raise ValueError("a", 1)
