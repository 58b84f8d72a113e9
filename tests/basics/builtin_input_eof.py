# input() with nothing on stdin (the runner connects it to /dev/null): EOFError after the prompt is written.
try:
    input()
except EOFError as e:
    print("EOFError", e)
try:
    input("prompt> ")
except EOFError:
    print("<- the prompt, then EOFError")
try:
    input("a", "b")
except TypeError:
    print("TypeError")
