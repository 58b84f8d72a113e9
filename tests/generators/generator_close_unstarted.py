# Closing or throwing into a generator that never started does not run its body.
def body():
    print("body started")
    try:
        yield 1
    finally:
        print("finally in body")
g = body()
g.close()
print("closed before start:", next(g, "exhausted"))
g2 = body()
try:
    g2.throw(ValueError("early"))
except ValueError as e:
    print("throw before start propagates:", e)
g3 = body()
print(next(g3))
g3.close()
g3.close()
print("double close is fine")
