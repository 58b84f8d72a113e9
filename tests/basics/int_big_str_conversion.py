# Converting big integers to and from decimal strings.
n = 2 ** 1000
s = str(n)
print(len(s), s[:20], s[-20:], sum(int(c) for c in s))
print(int(s) == n, int("-" + s) == -n)
f = 1
for i in range(2, 60):
    f *= i
print(f)
print(str(f).count("0"), len(str(f)))
print(int("1" * 50) % 97, int("1" * 50) // 10 ** 45)
print(hex(3 ** 100))
print(int(hex(7 ** 77), 16) == 7 ** 77, int(bin(5 ** 55), 2) == 5 ** 55)
