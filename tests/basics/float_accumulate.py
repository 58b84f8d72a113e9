# Accumulating floats in loops and with sum(); results shown with fixed precision.
total = 0.0
for i in range(1, 1001):
    total += 1.0 / i
print("%.10f" % total)
print("%.6f" % sum(1.0 / (i * i) for i in range(1, 10001)))
x = 0.0
for _ in range(10):
    x += 0.1
print(x == 1.0, abs(x - 1.0) < 1e-12, "%.15f" % x)
avg = sum([2.5, 3.5, 4.0]) / 3
print(avg, round(avg, 2))
print(0.1 * 3, 0.5 * 3, 1.1 + 2.2 > 3.3)
