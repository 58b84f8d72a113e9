# A frozen module that fails at import: the traceback names this file and line.
VALUE = 1


def check(v):
    if v > 0:
        raise ValueError("frozen module refused to load")


check(VALUE)
