# format() of ints: every presentation type with fill, align, sign, '#', '0', width; big ints and bools.
values = [0, 1, -1, 42, -255, 65535, 2**64 + 1, -(2**70) - 3, True, False]
specs = ['', 'd', 'b', 'o', 'x', 'X', 'n', '#b', '#o', '#x', '#X', '+d', ' d', '-d', '08', '+08', '#010x',
         '<8', '>8', '^8', '=8', '*<8', '*^9', '0=8', '-^7x', '#o', '+#b', '20', '<08', '^08']
for v in values:
    print(repr(v), '|'.join(format(v, s) for s in specs))
# float types applied to ints
for v in [0, 7, -123456789, 2**70]:
    print('|'.join(format(v, s) for s in ['e', '.2e', 'f', '.1f', 'g', 'G', '%', '.0%', '10.3f', 'E']))
# 'c'
print([format(c, 'c') for c in [65, 0x263a, 0x1F600, 48]], format(66, '>5c'), format(67, '05c'), format(68, '*^5c'))
