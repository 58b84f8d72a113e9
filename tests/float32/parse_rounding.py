# float(text) rounds the exact decimal value to the nearest binary32 (ties to even), including the edges.
for text in ("16777217", "16777219", "16777218.5", "0.1", "1e-1", "  -2.5e+3  ", "1_000.5",
             "3.4028235e38", "3.40282356e38", "3.4028236e38", "3.41e38", "1e39",
             "1.1754944e-38", "1.401298464324817e-45", "7.006492321624085e-46", "7.1e-46", "1e-50",
             "0.333333333333333333333333333333", "9999999999999999999999999999999999", "inf", "-nan"):
    print(repr(text), repr(float(text)))
print(float("33554431") == float("33554432"), float("33554433") == float("33554432"))
print(float("33554435") == float("33554436"))
