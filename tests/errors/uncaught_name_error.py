# Reading an undefined name at run time.
# expect: stderr-last-line
def compute():
    return undefined_variable_qz * 2
print("start")
compute()
