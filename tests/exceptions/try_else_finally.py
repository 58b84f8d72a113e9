# else runs only without an exception; finally always runs.
def run(fail):
    out = []
    try:
        out.append("try")
        if fail:
            raise ValueError("fail")
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    out.append("after")
    return out
print(run(False))
print(run(True))
def only_finally(fail):
    log = []
    try:
        try:
            log.append("inner try")
            if fail:
                raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    return log
print(only_finally(False), only_finally(True))
try:
    pass
finally:
    print("finally without except")
