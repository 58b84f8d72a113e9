# A traceback through native code names the native functions (at their def lines: native code has no line table).
import io
import micropython
import sys


@micropython.native
def inner(x):
    return x // 0


@micropython.native
def outer(x):
    y = x + 1
    return inner(y)


try:
    outer(1)
except ZeroDivisionError as e:
    buf = io.StringIO()
    sys.print_exception(e, buf)
    for line in buf.getvalue().split("\n"):
        print(",".join(line.split(",")[1:]).strip() or line)
