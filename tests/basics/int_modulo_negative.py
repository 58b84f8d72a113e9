# Modulo takes the sign of the divisor; a == (a // b) * b + a % b always holds.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 5), (-5, 5), (1, -1000)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, r, q * b + r == a)
big = 10 ** 25 + 7
print(big % 10, -big % 10, big % -10, -big % -10)
print((-big) % 1000003, big % (-(10 ** 20)))
