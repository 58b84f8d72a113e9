# printf-style % errors: argument counts, bad conversions, wrong argument types, mapping keys.
cases = [('%s %s', (1,)), ('%s', (1, 2)), ('x', 5), ('x', [1]), ('x', {'a': 1}), ('%', ()), ('%(a', {'a': 1}),
         ('%(a)s', (1,)), ('%y', 1), ('%5%', ()), ('ab%\u00e9', 1), ('%*d', ('x', 1)), ('%d', 'x'), ('%i', [1]), ('%u', None),
         ('%x', 1.5), ('%o', 'x'), ('%X', None), ('%f', 'x'), ('%e', None), ('%c', 'ab'), ('%c', -1), ('%c', 0x110000),
         ('%c', 1.5), ('%d', float('inf')), ('%d', float('nan')), ('%s', ()), ('%(x)s', {'y': 1}), ('%b', b'x'),
         ('%(x)d %s', {'x': 1}), ('%-', 1), ('%.', 1), ('%10', 1)]
for template, args in cases:
    try:
        print(repr(template), repr(template % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(template), type(e).__name__ + ':', e)
