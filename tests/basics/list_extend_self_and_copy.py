# Operations where a list is both source and target, and copy semantics.
a = [1, 2, 3]
a.extend(a)
print(a)
b = [1, 2]
b += b
print(b)
c = [0, 1]
c[len(c):] = c
print(c)
d = [1, 2, 3]
d[1:2] = d
print(d)
e = [[1], [2]]
shallow = e[:]
shallow[0].append("shared")
shallow[1] = ["not shared"]
print(e, shallow)
f = list(e)
print(f == e, f is e, f[0] is e[0])
g = [1, 2, 3]
g.insert(1, g[:])
print(g)
