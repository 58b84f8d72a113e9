# close(): on unstarted, suspended, finished generators; GeneratorExit caught, returned from, ignored, replaced.
def body(log):
    try:
        log.append("start")
        yield 1
        yield 2
    except GeneratorExit:
        log.append("GeneratorExit")
        raise
    finally:
        log.append("finally")
log = []
g = body(log)
print(g.close(), log)
g = body(log)
next(g)
print(g.close(), log)
print(g.close(), next(g, "done"))
def returns():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
g = returns()
next(g)
print(g.close())
def ignores():
    try:
        yield 1
    except GeneratorExit:
        print("refusing to close")
        yield 2
g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def replaces():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cleanup failed")
g = replaces()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e)
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
def catches_exception():
    try:
        yield 1
    except Exception:
        print("not reached: GeneratorExit is not an Exception")
    yield 2
g = catches_exception()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
