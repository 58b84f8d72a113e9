# sys.stdout and sys.stderr: write() returns the count written, print(file=) uses write(), buffer takes bytes.
import sys

n = sys.stdout.write("written\n")
print(n)
print(sys.stdout.write("h\u00e9llo\n"))
print("to", "stdout", sep="-", file=sys.stdout)
sys.stdout.flush()
print(sys.stdout.buffer.write(b"raw bytes\n"))
sys.stdout.buffer.flush()
print(sys.stderr.write("to stderr\n"))
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(type(e).__name__)
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print(type(e).__name__)
print(hasattr(sys.stdin, "readline"), hasattr(sys.stdin, "read"))
