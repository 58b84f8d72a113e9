# A frozen submodule with relative imports of a sibling and of its package.
from .helper import twice
from . import NAME


def describe():
    return "%s.sub: %d" % (NAME, twice(5))
