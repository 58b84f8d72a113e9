# Exceptions propagate up through frames until caught; code after the raise point is skipped.
log = []
def level3():
    log.append("3 start")
    raise LookupError("from level 3")
    log.append("3 end")
def level2():
    log.append("2 start")
    level3()
    log.append("2 end")
def level1():
    try:
        level2()
    except LookupError as e:
        log.append("1 caught " + str(e))
    log.append("1 end")
level1()
print(log)
def catch_only_value():
    try:
        raise TypeError("not mine")
    except ValueError:
        print("never")
try:
    catch_only_value()
except TypeError as e:
    print("propagated past a non-matching handler:", e)
