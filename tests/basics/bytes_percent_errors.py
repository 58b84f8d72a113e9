# bytes % errors: str arguments to %s/%b, %c ranges, wrong types for numbers, argument counts.
class Obj:
    pass
cases = [(b'%s', 'str'), (b'%b', 1), (b'%s', Obj()), (b'%b', [1]), (b'%c', 256), (b'%c', -1), (b'%c', b'ab'),
         (b'%c', 'a'), (b'%c', 1.5), (b'%d', 'x'), (b'%i', b'1'), (b'%x', 1.5), (b'%f', 'x'), (b'%e', b'1'),
         (b'%f', 2**2000), (b'%s %s', (b'1',)), (b'%s', (b'1', b'2')), (b'x', 5), (b'%y', 1), (b'%', ()),
         (b'%(k)s', (1,)), (b'%(k)s', {'k': b'v'}), (b'%(k', {b'k': 1}), (b'%a', None), (b'%r', 1.5),
         (b'%5%', ()), (b'ab%\x01', 1)]
for template, args in cases:
    try:
        print(repr(template), repr(template % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(template), type(e).__name__ + ':', e)
print(b'x' % {b'a': 1}, b'x' % [1], bytearray(b'%s') % (b'z',))
