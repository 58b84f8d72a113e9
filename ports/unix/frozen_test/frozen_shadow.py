# The script's folder comes before '.frozen' on sys.path (as '' does for -c and the REPL): a .py there shadows
# a frozen module of the same name; a frozen module with no file of its name is still found.
import sys

print(sys.path.index(".frozen") > 0)
import _shadowed
import frozen_only

print(_shadowed.WHERE, _shadowed.__file__.endswith("frozen_test/_shadowed.py"))
print(frozen_only.WHERE, frozen_only.__file__)
