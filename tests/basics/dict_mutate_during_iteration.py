# Adding keys while iterating over a dict raises RuntimeError; changing values is fine.
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 10
print(d)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError:
    print("RuntimeError")
print(len(d) >= 2)
for k in list(d):
    d[k + "!"] = 1
print(sorted(d))
