# del on items and slices.
a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[:]
print(a, len(a))
b = [1, 2, 3]
del b[5:10]
print(b)
try:
    del b[7]
except IndexError:
    print("IndexError")
