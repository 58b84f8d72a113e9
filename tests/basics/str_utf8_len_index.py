# Strings are sequences of code points, not bytes.
s = "héllo wörld"
print(len(s), s[1], s[7], s[-1], s[-4])
e = "€uro"
print(len(e), e[0], e[1:], e[::-1])
c = "日本語テキスト"
print(len(c), c[2], c[1:4], c[-2:])
m = "a😀b"
print(len(m), m[1], m[2], m.find("b"), m.index("😀"))
print("ü" * 3, len("ü" * 3), "é" in s, "x" in s)
print([ch for ch in "aé€😀"])
print(ord("é"), ord("€"), ord("😀"), chr(233), chr(8364), chr(128512))
print("ABC".lower(), "abz".upper(), "x€y".replace("€", "E"))
