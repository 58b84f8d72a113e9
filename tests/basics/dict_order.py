# Insertion order survives deletes, reinserts and updates of existing keys.
d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = str(k)
print(list(d))
del d[9]
d[9] = "nine"
print(list(d))
d[3] = "three"
print(list(d.items()))
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(d)
big = {}
for i in range(100):
    big["k%d" % ((i * 37) % 100)] = i
print(list(big)[:5], list(big)[-3:], len(big))
for i in range(0, 100, 2):
    del big["k%d" % i]
print(list(big)[:5], len(big))
