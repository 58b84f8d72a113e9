# Reading slices of lists with steps, negative indices and out-of-range bounds.
a = list(range(10))
print(a[2:7], a[:3], a[7:], a[-3:], a[::3], a[::-3], a[7:2:-2])
print(a[-100:100], a[5:1], a[::-1][:3], a[1:-1][1:-1])
s = a[:]
s.append("new")
print(len(a), len(s))
print(a[slice(2, 8, 2)], a[slice(None, 3)], a[slice(-2, None)])
n = 4
print(a[n:n + 2], a[-n:], a[:-n])
