# Chained assignment and evaluation order of targets.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 99
print(i, lst)
d = {}
d["a"] = d["b"] = "same"
print(d)
def order(tag):
    print("eval", tag)
    return tag
r = [None, None]
r[order(0)], r[order(1)] = order("a"), order("b")
print(r)
