# Repetition with zero, negative and large counts; empty list behaviour.
print([1, 2] * 0, [1, 2] * -3, [] * 100, len([0] * 1000))
e = []
print(len(e), bool(e), e[:], e[::-1], sum(e), sorted(e), list(reversed(e)))
try:
    e[0]
except IndexError:
    print("IndexError")
print(e[5:10], max(e, default="none"))
e *= 3
print(e)
z = [None] * 3
z[1] = "set"
print(z)
