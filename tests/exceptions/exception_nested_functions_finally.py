# finally blocks in nested calls run even when the exception is caught far up the stack.
trail = []
def a():
    try:
        b()
    finally:
        trail.append("a finally")
def b():
    try:
        c()
    except KeyError:
        trail.append("b wrong handler")
    finally:
        trail.append("b finally")
def c():
    try:
        raise IndexError("c")
    finally:
        trail.append("c finally")
try:
    a()
except IndexError as e:
    trail.append("top caught " + str(e))
print(trail)
