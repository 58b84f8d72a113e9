# sys.modules is the live module table: deleting an entry makes the next import run the module again.
import sys

import _counted_import
print(_counted_import.VALUE)
import _counted_import  # already imported: the body does not run again
print("_counted_import" in sys.modules, sys.modules["_counted_import"] is _counted_import)
del sys.modules["_counted_import"]
print("_counted_import" in sys.modules)
import _counted_import as again
print(again is _counted_import, again.VALUE)
print(sys.modules["sys"] is sys, sys.modules["__main__"].__name__)


class Fake:
    ANSWER = 42


sys.modules["fake_module"] = Fake()  # import returns whatever the table holds
import fake_module
print(fake_module.ANSWER)
