# format() of str: fill, align, width, precision truncation, UTF-8 widths and the '0' flag.
for v in ['', 'abc', 'h\u00e9llo', '\u20ac\U0001F600', 'x' * 12]:
    print(repr(v), '|'.join(format(v, s) for s in ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '\u00e9>6', '.2', '8.3', '>8.1s', '05', '<05', '0>5', '>05']))
print(format('ab', '>'), format('ab', '0^9'), format('ab', '{>4'), format('ab', '}<4'), format('ab', '<<4'), format('ab', '^^5'))
for s in ['+', '-', ' ', '#', '=5', '0=5', 'z', ',', '_', 'd', 'x', '.2f', '5q', '5é']:
    try:
        print(repr(s), format('ab', s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
