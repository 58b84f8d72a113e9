# A frozen module that raises at import: the exception reaches the importer, the traceback shows the frozen
# file's name and lines (its line table is read from the image), and the module is not left in sys.modules.
import sys

try:
    import frozen_raises
except ValueError as e:
    sys.print_exception(e, sys.stdout)
print("frozen_raises" in sys.modules)
try:
    import frozen_raises
except ValueError as e:
    print("again:", e)
