# f-strings: format specs, nested replacement fields in specs, conversions and the '=' debug form.
x = 3.14159
w = 10
p = 2
n = 'nm'
big = 2**70
cafe = 'caf\u00e9'
print(f'{x:{w}.{p}f}|{x:>{w}}|{x:{"^"}{w}.{p}e}|{n:{"*"}^{w}}|{big:,}|{big:_x}')
print(f'{x=}|{x = :.2f}|{n!r:>6}|{n=!s}|{w*2=}|{n=:>5}|{big=:#x}')
print(f"{'a' if w else 'b':>3}|{[1, 2][1]}|{ {'k': 1}['k'] }|{3:#x}|{-0.0:z}|{1_000:_}|{cafe!a}")
print(f'{{x}}|{{{x:.1f}}}|{x!s:.3}|{n!r}|{n!a:^8}|{-7:+05d}|{255:#010b}|{0.5:.0%}')
for width in range(3, 7):
    print(f'[{n:>{width}}] [{x:<{width}.{width - 2}}] [{width:0{width}d}]')
vals = [1, -2.5, 'q', None, True, 1+1j]
print(' '.join(f'{v!r}' for v in vals), ' '.join(f'{v}' for v in vals))
