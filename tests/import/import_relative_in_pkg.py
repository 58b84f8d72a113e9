# Relative imports inside a package (from . / from ..) resolve against the package.
from pkg.nested import deep
print(deep.which())
print(deep.deep_value, deep.sub_func(), deep.sub.NAME)
import pkg.nested as pn
print(pn.deep is deep, pn.deep_value == deep.deep_value)
