# Invalid format specs: the error type and CPython's message, in CPython's order of checks.
cases = [
    (1, 'd.'), (1, '.2'), (1, '.2d'), (1, ',c'), (1, '_c'), (1, ',s'), (1, ',x'), (1, ',b'), (1, ',_'), (1, '_,'),
    (1, '+c'), (1, '-c'), (1, '#c'), (1, 'z'), (1, 'zd'), (1, 's'), (True, 's'), (1, 'q'), (1, '5q3'), (1, '\x01'),
    (1, '\u00e9'), (1, ',n'), (1, '_n'), (-1, 'c'), (0x110000, 'c'), (2**70, 'c'), (1.5, 'd'), (1.5, 'x'),
    (1.5, 'c'), (1.5, 's'), (1.5, ',n'), (1.5, '.f'), (1.5, '.x'), (1.5, '5.5.5'), ('s', 'd'), ('s', '+'),
    ('s', ' '), ('s', '#'), ('s', '='), ('s', ',d'), (1j, '%'), (1j, '0'), (1j, '=5'), (1j, 'x'),
    ([], 'x'), (None, '>5'), (1, '9999999999999999999999'),
]
for value, spec in cases:
    try:
        print(repr(spec), repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), type(e).__name__ + ':', e)
