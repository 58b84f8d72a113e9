# raise ... from None hides the context; the last stderr line is the new exception.
# expect: stderr-last-line
try:
    int("abc")
except ValueError:
    print("converting failed")
    raise LookupError("no such setting") from None
