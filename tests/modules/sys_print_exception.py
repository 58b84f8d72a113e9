# MicroPython's sys.print_exception(exc, file=sys.stdout): the traceback and "Type: message" (not in CPython).
import sys


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


def fail(n):
    if n == 0:
        raise ValueError("bad value")
    fail(n - 1)


try:
    fail(2)
except ValueError as e:
    sys.print_exception(e)
    stream = Collect()
    sys.print_exception(e, stream)
    print(len(stream.parts), stream.parts[0].splitlines()[-1])
    sys.print_exception(e, file=sys.stdout)
sys.print_exception(KeyError("never raised"))
sys.print_exception(OSError())
