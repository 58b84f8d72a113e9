# Alignment, fill and width in format specs for strings and ints.
for s in ("a", "abc", "abcdef"):
    print("[{:<5}] [{:>5}] [{:^5}] [{:-^6}]".format(s, s, s, s))
for n in (0, 7, -42, 12345):
    print("[{:5d}] [{:<5d}] [{:^7d}] [{:+05d}] [{:=+6d}]".format(n, n, n, n, n))
print("{:10.3s}|".format("truncated"), "{:>{w}}|".format("w", w=4))
table = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for a, b in table:
    print(f"{a:<8}{b!s:>4}")
