# Helper module (not a test): deliberately not valid Python, imported by import_syntax_error.py.
def broken(:
    pass
