# Chained comparisons evaluate each operand at most once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) == v(1) != v(2) >= v(2) <= v(5) > v(0))
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, 1 < x in [5, 6], "a" < "b" < "c" < "ab")
k, n = 4, None
print(1 < 2 > 0 < 3 != k is not n, 1 < 2 > 3 < 4)
a = [1]
b = a
print(a is b is a, a is b is not None, [1] == a is b)
