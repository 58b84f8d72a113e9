# Slicing strings with every combination of start, stop and step.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(s[5:2], s[100:], s[-100:3], s[3:100], s[::100])
print(repr(s[5:5]), repr(s[10:]), s[-1:-11:-1])
print(s[slice(1, 8, 3)], s[slice(None, None, -4)])
i, j = 2, 6
print(s[i:j], s[i - 1:j + 1:2])
