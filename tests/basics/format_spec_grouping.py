# ',' and '_' grouping, also into zero padding ('08,'), with widths and alignments.
for v in [0, 1234, -1234567, 10**20, 2**64]:
    print('|'.join(format(v, s) for s in [',', '_', '08,', '09,', '010_', '+012,', '=12,', '0=12_', '*>12,', '^14,', '<12_', '12,d']))
for v in [0xdeadbeef, 255, -1, 2**40]:
    print('|'.join(format(v, s) for s in ['_x', '_b', '_o', '#_x', '#012_x', '_X', '019_b']))
for v in [1234.5678, -0.5, 1e16, 123456789.0, float('inf'), float('nan')]:
    print('|'.join(format(v, s) for s in [',', '_.2f', '015,.2f', ',e', ',.1%', '012,g', '=+15_.3f', '010,']))
print(format(12345, '0=3,'), format(1234, '5,'), format(123, '04,'), format(1, '06_'))
