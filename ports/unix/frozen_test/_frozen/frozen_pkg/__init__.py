# A frozen package: a relative import of a frozen submodule from its __init__.
from . import helper

NAME = "frozen_pkg"
DOUBLED = helper.twice(21)
