# An exception without arguments prints just its name.
# expect: stderr-last-line
print("raising a bare ValueError")
raise ValueError
