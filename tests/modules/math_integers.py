# math: integer functions gcd, factorial, comb, perm, isqrt, prod, dist.
import math

print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(), math.gcd(7), math.gcd(12, 18, 8))
print(math.gcd(2 ** 100, 2 ** 60 * 3), math.gcd(True, 4))
print([math.factorial(n) for n in range(8)])
print(math.factorial(30), len(str(math.factorial(200))))
print(math.comb(5, 2), math.comb(50, 25), math.comb(3, 5), math.comb(10, 0))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(20, 10))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100]])
print(math.isqrt(10 ** 40), math.isqrt(2 ** 127))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [1, 2, 3]))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.gcd(1.5),
            lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.comb(3, -1),
            lambda: math.dist((1, 2), (1,)), lambda: math.isqrt("3")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
