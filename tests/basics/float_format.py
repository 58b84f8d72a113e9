# Float formatting with format specs and % that are not platform dependent.
x = 3.14159265
print("%.2f|%8.3f|%-8.1f|%e|%.3e" % (x, x, x, x, 12345.678))
print("{:.2f}|{:10.4f}|{:<10.1f}|{:+.1f}|{:.0f}".format(x, x, x, x, 2.5))
print("{:.1%}|{:e}|{:.2e}".format(0.256, 0.00012, 6.02e23))
print("%g|%g|%g|%g" % (0.0001, 123456789.0, 1.5, 100.0))
print(format(1.0, ".3f"), format(-0.126, ".2f"), format(1234.5, ",.1f"))
print(f"{x:.3}|{x:08.3f}|{-x:.1f}")
