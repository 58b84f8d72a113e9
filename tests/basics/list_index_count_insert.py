# index/count/insert/pop with negative and out-of-range positions.
a = list("abcabc")
print(a.index("b"), a.index("b", 2), a.index("c", -2), a.count("a"), a.count("z"))
try:
    a.index("a", 4)
except ValueError:
    print("ValueError")
a.insert(-100, "start")
a.insert(100, "end")
a.insert(-1, "before-end")
print(a)
print(a.pop(-3), a.pop(1), a)
try:
    a.pop(100)
except IndexError:
    print("IndexError")
print(a[-len(a)], a[len(a) - 1])
