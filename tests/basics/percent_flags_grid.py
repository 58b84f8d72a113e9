# printf-style %: every conversion with the flags - + space # 0, widths and precisions (also from '*').
values = [0, 7, -42, 255, 2**70, True, 3.99, -0.5, 1e16, float('inf')]
convs = ['d', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G']
flags = ['', '-', '+', ' ', '#', '0', '-0', '+0', ' #0']
for v in values:
    for c in convs:
        if (c in 'oxX' and not isinstance(v, int)) or (c in 'diu' and v == float('inf')):
            continue
        print(repr(v), c, '|'.join(('%' + f + w + c) % v for f in flags for w in ['', '8', '.3', '10.2']))
print('%*d|%-*d|%.*f|%*.*f|%*s|' % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.5, -4, 'ab'))
print('%s|%r|%a|%5s|%-5s|%.2s|%5.1s|%c|%c|%3c|%-3c|' % ('é', 'é', 'é€', 'ab', 'ab', 'xyz', 'xyz', 'q', 9731, 65, 66))
print('%%|%5%|%ld|%hd|%Lf|%lx' % () if False else '%%|%ld|%hd|%Lf|%lx' % (1, 2, 3.0, 255))
print('%d %d %d %x %o' % (3.99, -3.99, True, -255, -8), '%#o %#x %#X %.0d %.0x %.3d %+.3d' % (0, 0, 255, 0, 0, 5, 5))
print('%s %s %s' % (None, [1, 'a'], (1,)), '%s' % (('t', 'u'),), '%s' % [1, 2], '%r' % {'k': 1.5})
