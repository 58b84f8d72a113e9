# Helper package (not a test).
print("pkg: __init__ runs")
PKG_NAME = "pkg"
from . import sub
def helper():
    return "pkg.helper"
