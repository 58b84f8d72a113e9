# Helper module two levels down (not a test): relative imports from the parent package.
from .. import sub
from ..sub import sub_func
from .. import PKG_NAME as parent_name
deep_value = "deep:" + sub_func()
def which():
    return __name__, parent_name, sub.NAME
