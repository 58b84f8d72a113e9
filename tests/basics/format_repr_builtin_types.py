# repr() and str() of the built-in types: numbers, strings with quotes and escapes, bytes, containers, ranges.
values = [0, -5, 2**100, -2**64, True, None, ..., NotImplemented, 0.1, -0.0, 1e16, 1e-5, 1.5e300, float('nan'),
          float('-inf'), 2.5e-7, 123456789012345.6, 1j, -1j, 1+2j, -0.0-1j, 0j, 1e16j, complex(float('nan'), float('inf')),
          '', 'a', "it's", 'say "hi"', 'both \' and "', '\n\t\r\\\x00\x7f\x80\xa0\xad', '\u00e9\u20ac\U0001F600', '\x1b[0m',
          b'', b"a'b", b'"', b'\x00\xff\n\t\\', bytearray(b'xy'), bytearray(), (), (1,), (1, 2), [], [1, 'a'], {},
          {'a': 1, 2: [3]}, range(5), range(1, 10, 2), range(0), slice(1, 2), slice(None), slice(1, None, -1), int, str,
          type(None), ValueError('x'), KeyError('k'), ValueError(), ValueError(1, 2), frozenset(), set(), print, len, [[]], ((),)]
for v in values:
    print(repr(v), '' if isinstance(v, (bytes, bytearray)) else str(v))
loop = [1]
loop.append(loop)
d = {}
d['d'] = d
print(repr(loop), repr(d), str([1.5, 'x', b'y', None]), repr(('a',)), int.__repr__(255), float.__repr__(1e22))
