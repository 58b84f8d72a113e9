# The list methods.
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend(range(7, 9))
a.insert(0, 0)
a.insert(-1, 77)
a.insert(100, 100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(7)
print(a, a.index(2), a.count(1), a.index(5, 2))
a.reverse()
print(a)
b = a.copy()
a.clear()
print(a, b)
try:
    b.remove(42)
except ValueError:
    print("ValueError")
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
b += [9]
b *= 2
print(b, len(b))
