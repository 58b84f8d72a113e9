# format() of complex numbers: no type (str-like, parens unless real is +0), e f g with precision, sign, width.
values = [1+2j, -1.5-0.5j, 0j, -0.0+0j, 3j, -3j, 1e20j, 1e16+1j, complex(float('inf'), float('nan')), 2.5+0.125j]
specs = ['', 'e', 'f', 'g', 'G', 'n', 'E', '.2f', '.0e', '.3', '.1', '+', ' ', '#', '#.0f', '>20', '*^24', '<22.1f', ',.2f', 'z.1f']
for v in values:
    print(repr(v), '|'.join(format(v, s) for s in specs))
for s in ['0', '010', '=10', '0=10', 'd', '%', 's', 'x', ',d']:
    try:
        print(s, format(1+2j, s))
    except ValueError as e:
        print(s, 'ValueError:', e)
