# Helper module of pkg (not a test).
def sub_func():
    return "pkg.sub.sub_func"
NAME = __name__
