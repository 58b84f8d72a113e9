# Helper module (not a test): plain functions, constants, a class and module state.
VERSION = "1.2"
counter = 0
def greet(name):
    return "hello " + name
def bump():
    global counter
    counter += 1
    return counter
class Widget:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Widget({self.n})"
def who_am_i():
    return __name__
if __name__ == "__main__":
    print("never printed when imported")
