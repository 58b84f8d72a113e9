# yield inside try/except/finally inside loops; finally runs each iteration.
def g(items):
    for x in items:
        try:
            yield 100 // x
        except GeneratorExit:
            print("  GeneratorExit at", x)
            raise
        except ZeroDivisionError:
            yield "div0"
        finally:
            print("  finally for", x)
gen = g([5, 0, 4, 2])
print(next(gen))
print(next(gen))
print(next(gen))
print(next(gen))
gen.close()
print("closed")
