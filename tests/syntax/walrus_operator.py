# Assignment expressions in if/while/comprehensions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
it = iter(data)
while (v := next(it, None)) is not None:
    print("got", v)
print([y for x in data if (y := x * 2) > 7])
print(y)
total = 0
print([total := total + x for x in data], total)
def f():
    if (z := 10) > 5:
        return z
print(f())
print((w := 3) + w, w)
