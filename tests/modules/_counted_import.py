# Helper for sys_modules_reimport.py: says each time its body runs.
print("running _counted_import")
VALUE = 11
