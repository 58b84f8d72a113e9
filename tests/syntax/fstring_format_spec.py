# f-string format specs, nested replacement fields in specs, and the = specifier.
x = 3.14159
n = 42
w = 8
print(f"{x:.2f}|{x:{w}.3f}|{n:>{w}}|{n:<6}|{n:^7}|{n:08b}|{n:#x}|{n:+}")
print(f"{'s':*^9}|{1234567:,}|{0.25:.1%}|{n:{'x'}}")
print(f"{n=}", f"{n + 1 = }", f"{x=:.1f}", f"{'q'=}")
s = "text"
print(f"{s!r:>10}|{s:.2}|{s!s:<6}|")
print(f"{n:{w}d}|{-n:{w}}|{n!r}")
prec = 3
print(f"{x:.{prec}}", f"{x:.{prec - 1}f}")
