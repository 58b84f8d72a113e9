# Building long strings with non-ASCII characters keeps lengths and slices in code points.
s = "ab€" * 1000
print(len(s), s[2], s[-1], s[2998:], s.count("€"), s.find("€", 10))
t = ""
for i in range(100):
    t += "é" if i % 2 else "e"
print(len(t), t[:6], t[-3:], t.count("é"))
u = "-".join(["ü"] * 5)
print(u, len(u), u.split("-")[2], u[::2])
print(("日本" * 3)[1:5], len("日本" * 3))
