# An uncaught KeyError shows the repr of its key, also for a tuple key.
# expect: stderr-last-line
table = {("a", 1): "x"}
print(table[("a", 1)])
print(table[("b", 2)])
