# A SyntaxError from exec() at run time: the last line shows SyntaxError and its message only.
# expect: stderr-last-line
print("before exec")
exec("value = (1,\n")
