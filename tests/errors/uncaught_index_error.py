# Indexing past the end of a list.
# expect: stderr-last-line
items = [1, 2, 3]
print(items[2])
print(items[3])
