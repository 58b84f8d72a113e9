# __name__ is "__main__" for the program and the module name for imports.
import _mod_simple
print(__name__)
print(_mod_simple.who_am_i())
if __name__ == "__main__":
    print("main guard taken")
else:
    print("not main")
