# A hand-written merge sort checked against the built-in sort (sorting benchmark area).
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
seed = 12345
data = []
for _ in range(500):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    data.append(seed % 1000)
s = merge_sort(data)
print(s == sorted(data), s[:8], s[-3:], s[250])
t = sorted([(v % 10, -v) for v in data])
print(t[0], t[-1], len(t))
