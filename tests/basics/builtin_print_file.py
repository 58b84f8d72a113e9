# print(file=...) writes through the object's write() method, one call per piece, and flush=True calls flush().
class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, text):
        self.calls.append(text)
        return len(text)
    def flush(self):
        self.calls.append("<flush>")

r = Recorder()
print("a", 1, [2], sep="-", end="!", file=r)
print(r.calls)
r = Recorder()
print(file=r)
print(r.calls)
r = Recorder()
print("x", "y", file=r, flush=True)
print(r.calls)
r = Recorder()
print("only", sep=None, end=None, file=r)
print(r.calls)
print("to stdout", file=None)

class StrThing:
    def __str__(self):
        return "custom"
r = Recorder()
print(StrThing(), 2.5, None, file=r)
print(r.calls)

# Objects without write(), and bad sep/end, are errors.
try:
    print("x", file=42)
except AttributeError:
    print("AttributeError")
try:
    print("x", sep=3)
except TypeError as e:
    print(e)
try:
    print("x", end=b"\n")
except TypeError as e:
    print(e)
try:
    print("x", color=1)
except TypeError as e:
    print(e)

# An exception in write() stops the print.
class Broken:
    def write(self, text):
        raise ValueError("disk full")
try:
    print("a", "b", file=Broken())
except ValueError as e:
    print("ValueError", e)
