# Slice assignment grows, shrinks and replaces parts of a list.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
b = [1, 2, 3, 4, 5, 6]
b[::-2] = "abc"
print(b)
try:
    b[::2] = [1, 2]
except ValueError:
    print("ValueError")
c = [1, 2, 3]
c[:] = c + c
print(c)
c[1:1] = range(3)
print(c)
