# Simple statements joined with semicolons and compound statements on one line.
x = 1; y = 2; z = x + y
print(x, y, z)
if z > 2: print("if body on same line"); print("second statement")
while x < 4: x += 1
print(x)
for i in range(3): y += i; z *= 2
print(y, z)
def f(a): return a * 2
class C: value = 10
print(f(4), C.value)
try: 1 / 0
except ZeroDivisionError: print("one-line except")
finally: print("one-line finally")
class CM:
    def __enter__(self): return "entered"
    def __exit__(self, *a): return None
with CM() as cm: print(cm)
