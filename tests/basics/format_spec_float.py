# format() of floats: types e E f F g G n % and none, precision, '#', signs, special values, rounding.
values = [0.0, -0.0, 1.5, -2.5, 0.125, 123.456, 1e16, 1e-7, 1e300, 5e-324, 1234567.891, 9.999999,
          float('inf'), float('-inf'), float('nan')]
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.3', '.0e', '.2f', '.0f', '.3g', '.17g', '#',
         '#.0f', '#.0e', '#g', '#.3g', '+', ' ', '+.1e', '.1%']
for v in values:
    print(repr(v), '|'.join(format(v, s) for s in specs))
# round half to even happens on the exact binary value
for v, s in [(2.5, '.0f'), (3.5, '.0f'), (0.125, '.2f'), (0.375, '.2f'), (2.675, '.2f'), (1.0005, '.3f'),
             (0.5, '.0e'), (1.5, '.0e'), (0.045, '.1f'), (1e22, 'f'), (1/3, '.20f'), (123.0, '.3'), (123.0, '.3g')]:
    print(v, s, format(v, s))
print(format(1e300, '.3f')[:20], len(format(1e300, 'f')), format(1e-300, '.5e'), format(5e-324, '.20e'))
# 'z' drops the sign of a zero result
print(format(-0.0, 'z'), format(-0.0001, 'z.2f'), format(-0.0001, 'z.1e'), format(-1.5, 'z.0f'), format(float('-nan'), 'z'))
