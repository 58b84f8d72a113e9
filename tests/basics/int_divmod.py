# divmod on small and big integers, positive and negative.
for a in (17, -17):
    for b in (5, -5):
        print(a, b, divmod(a, b))
print(divmod(0, 7), divmod(7, 1), divmod(-1, 1))
print(divmod(2 ** 100, 3 ** 20))
print(divmod(-(2 ** 100), 3 ** 20))
print(divmod(2 ** 64, -(2 ** 32)))
q, r = divmod(123456789123456789, 1000)
print(q, r)
