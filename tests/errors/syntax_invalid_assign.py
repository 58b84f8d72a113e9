# An unparsable statement: nothing runs, stderr ends with the SyntaxError line.
# expect: stderr-last-line
print("never printed: the whole file is compiled first")
x = = 1
