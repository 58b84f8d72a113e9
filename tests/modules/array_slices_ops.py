# array.array: indexing, slicing, slice assignment and deletion, + += * *=, comparisons
from array import array

a = array('i', range(10))
print(a[0], a[-1], a[2:5], a[::2], a[::-1], a[5:2], a[-3:])
a[0] = 100
a[-1] = -100
print(a)
a[1:3] = array('i', [7, 7, 7, 7])
print(a)
a[2:6] = array('i')
print(a)
a[::2] = array('i', [0] * len(a[::2]))
print(a)
del a[0]
del a[1:3]
print(a)
del a[::2]
print(a)
b = array('i', [1, 2, 3])
b[1:1] = b
print(b)
c = array('h', [1, 2]) + array('h', [3])
print(c, c * 2, 2 * c, c * 0, c * -1)
c += array('h', [4])
print(c)
c *= 2
print(c)
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('i', [1]), array('i', [1]) != array('i', [2]))
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('b', [1]) == array('B', [1]))
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [1, 2]) <= array('i', [1]), array('i', [2]) > array('i', [1, 9]))
print(array('i', [1]) == [1])
x = array('d', [1.0])
y = x
y += array('d', [2.0])
print(x is y, x)
