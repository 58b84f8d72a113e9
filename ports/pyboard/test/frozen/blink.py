# A frozen library module: imported from main.py and at the REPL.
import pyb


def toggle_all(times):
    for _ in range(times):
        for n in range(1, 5):
            pyb.LED(n).toggle()
    return times % 2


def where():
    return __file__
