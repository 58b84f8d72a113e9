# With chained exceptions the last stderr line is the final exception.
# expect: stderr-last-line
try:
    {}["k"]
except KeyError:
    print("handling KeyError")
    raise TypeError("while handling")
