# String indexing with negative indices and the IndexError past either end.
s = "python"
print(s[0], s[-1], s[-6], s[5], s[len(s) - 1])
for i in (6, -7, 100):
    try:
        s[i]
    except IndexError as e:
        print("IndexError", i)
print(s[-100:100], s[6:], s[-7:2])
try:
    s["1"]
except TypeError:
    print("TypeError")
print("".join(s[i] for i in range(-1, -len(s) - 1, -1)))
