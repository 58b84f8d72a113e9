# bytes % (PEP 461): %d %s %b %c %r %a %x etc.; the result has the template's type (bytes or bytearray).
class Raw:
    def __bytes__(self):
        return b'RAW'
print(b'%d-%s' % (3, b'x'), b'%b|%s' % (b'ab', bytearray(b'cd')), b'%s' % memoryview(b'mv'), b'%s' % Raw())
print(b'%5b|%-5s|%.1b|%5.2s|' % (b'ab', b'cd', b'xyz', b'xyz'), b'%5s|' % '\u00e9'.encode())
print(b'%c%c%c|%3c|%-3c|' % (65, b'B', bytearray(b'C'), 68, 69), b'%c' % 255, b'%c' % 0)
print(b'%r|%a|%r|%a' % ('x\u00e9', 'x\u00e9', b'\xff', [1, 'q']))
print(b'%d %i %u %x %X %o %#x %#o %+d % d %05d %-5d|%.3d' % (1, -2, 3, 255, 255, 8, 255, 8, 4, 5, -6, 7, 8))
print(b'%e %E %f %F %g %G %.2f %10.3e %-10.1f|%+.0f %#.0f' % (1.5, 1.5, 1.5, 1.5, 1.5, 1e20, 2.675, 12345.678, -0.25, 2.5, 3.0))
print(b'%d %x %s' % (2**70, 2**70, b'big'), b'%(k)s %(n)05d' % {b'k': b'v', b'n': 42}, b'%%|%s' % b'x', b'plain' % ())
r = bytearray(b'%s+%d') % (b'a', 1)
print(type(r).__name__, r, type(b'%s' % b'x').__name__, b'%*d|%-*d|%.*f' % (4, 1, 4, 2, 1, 2.25))
print(b'%s' % b'\x00\xff', b'%d' % True, b'%d' % 3.99, b'%x' % -255, b'%s %s' % (b'', bytearray()))
