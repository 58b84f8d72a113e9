# int ** negative int would be a float: ValueError without float. Non-negative powers and pow() with a modulus
# (including a negative exponent: the modular inverse) keep working.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

n = -1
attempt("2 ** -1", lambda: 2 ** n)
attempt("10 ** -5", lambda: 10 ** (n * 5))
attempt("(2**80) ** -1", lambda: (2 ** 80) ** n)
attempt("2 ** -(2**80)", lambda: 2 ** -(2 ** 80))
attempt("pow(3, -2)", lambda: pow(3, -2))
attempt("1 ** -1", lambda: 1 ** n)

print(2 ** 10, (-3) ** 3, 0 ** 0, 2 ** 100, pow(7, 2))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(3, -1, 7), pow(38, -1, 97))
attempt("pow(2, -1, 4)", lambda: pow(2, -1, 4))
