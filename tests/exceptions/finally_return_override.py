# return inside finally overrides the try's return and swallows exceptions.
def f1():
    try:
        return "try"
    finally:
        return "finally"
def f2():
    try:
        raise ValueError
    finally:
        return "swallowed"
def f3():
    x = "before"
    try:
        return x
    finally:
        x = "changed in finally"
def f4():
    log = []
    for i in range(3):
        try:
            if i == 1:
                return log
        finally:
            log.append(i)
    return "never"
print(f1(), f2(), f3(), f4())
