# Bytes-like str: widths, alignment and precision count bytes, in %, format() and f-strings.
s = 'é'
print('[%5s]' % s, '[%-5s]' % s, '[%.1s]' % 'éa' == '[\xc3]', '[%.2s]' % 'éa')
print('[{:>5}]'.format(s), '[{:<5}]'.format(s), '[{:^6}]'.format(s), '[{:*^5}]'.format('€'))
print(f'[{s:>4}]', f'[{"ab":-^6}]', f'[{"日本":>8}]', f'[{"héllo":.3}]' == '[h\xc3\xa9]')
print('[' + s.center(5) + ']', '[' + s.ljust(4, '.') + ']', '[' + s.rjust(4, '.') + ']', s.zfill(4), '-é'.zfill(5))
print(len('{:10}'.format('€')), len('%10s' % '€'), len(f'{"€":10}'))
print(repr('{:c}'.format(233)), repr('%c' % 255), '{:c}{:c}'.format(0xc3, 0xa9), '%c' % 'x')
for spec in ('é>5', '€^7'):
    try:
        format('x', spec)
    except ValueError:
        print('ValueError', repr(spec))
for call in (lambda: 'x'.center(5, 'é'), lambda: '%c' % 'é', lambda: '{:c}'.format(256), lambda: '%c' % 256):
    try:
        call()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(repr('{:5}|{:>5}|{:^5}'.format(chr(0xff), 'a', 'bé')))
