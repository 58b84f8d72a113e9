# Importing a package runs __init__.py once; submodules are attributes of the package.
import pkg
print(pkg.PKG_NAME, pkg.helper(), pkg.sub.sub_func(), pkg.sub.NAME)
import pkg.sub
from pkg import sub
from pkg.sub import sub_func as sf
print(sub is pkg.sub, sf(), pkg.__name__)
import pkg.nested.deep
print(pkg.nested.deep_value, pkg.nested.deep.which())
from pkg.nested import deep_value
print(deep_value)
