# Conditional expressions, nesting, and laziness of the untaken branch.
def boom():
    raise RuntimeError("should not run")
for n in (-2, 0, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
print(1 if True else boom(), boom() if False else 2)
x = [i if i % 2 else -i for i in range(5)]
print(x)
f = lambda v: "big" if v > 10 else "small"
print(f(11), f(10))
y = (yes := "walrus") if len("ab") == 2 else "no"
print(y, yes)
print((1 if 0 else 2) + 10, 1 if 0 else 2 + 10)
