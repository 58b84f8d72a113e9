# Many inserts and deletes force the table to grow and shrink; order and contents stay right.
d = {}
for i in range(2000):
    d[i * 7] = i
print(len(d), d[7 * 1999], 7 * 2000 in d)
for i in range(0, 2000, 2):
    del d[i * 7]
print(len(d), list(d)[:5], list(d)[-2:])
for i in range(0, 2000, 2):
    d[i * 7] = -i
print(len(d), list(d)[:3], list(d)[-3:], sum(d.values()))
s = {}
for i in range(500):
    s["key%d" % i] = i
    k = "key%d" % (i // 2)
    if i % 3 == 0 and k in s:
        del s[k]
print(len(s), list(s)[:4])
