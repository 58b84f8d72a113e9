# Formatting binary32 values: %-style, format() and f-strings show the exact binary32 value's digits.
x = 0.1
print("%.10f" % x, "%.3f" % x, "%e" % x, "%g" % x, "%r" % x)
print("{:.12f} {:.3e} {:g} {:.9g} {:%}".format(x, x, x, x, x))
print(f"{1 / 3:.10f} {2 / 3:.3g} {1e20:g} {123456789.0:.0f} {1.5:08.3f}")
print(format(16777217.0, ".1f"), format(3.4028235e38, ".0f"), format(1e-45, ".3e"))
print("%.25f" % 1e-45, "%.0f" % 0.5, "%.0f" % 1.5, "%.0f" % 2.5)
print(str(1e-5), str(1e-4), str(1e15), str(1e17), str(123.456))
