# Importing a module with a syntax error raises SyntaxError in the importer.
print("before import")
try:
    import _mod_syntax_error
except SyntaxError:
    print("SyntaxError caught")
print("after import")
