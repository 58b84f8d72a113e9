# raise ... from: the last line is the new exception.
# expect: stderr-last-line
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise LookupError("no value for " + s) from e
print(parse("12"))
print(parse("x"))
