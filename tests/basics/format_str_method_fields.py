# str.format: auto and manual numbering, keys, attributes, indexes, conversions, nested specs, escapes.
class Point:
    x = 3
    def __init__(self):
        self.coords = [10, 20]
    def __repr__(self):
        return 'Point()'
p = Point()
print('{} {} {}'.format(1, 'two', 3.5), '{1} {0} {1}'.format('a', 'b'), '{0}{0}'.format('x'))
print('{0[1]} {1[-1]} {1[k]} {1[0]}'.format([5, 6], {'k': 'v', 0: 'int0', '-1': 'neg'}))
print('{p.x} {p.coords[1]} {.x} {[1]}'.format(p, [7, 8], p=p), '{0.coords[0]:>5}'.format(p))
print('{!r:>10}|{!s:<8}|{!a}'.format('s', p, 'caf\u00e9'), '{0!r:^9}|{1!a:>6}'.format('ab', '\u20ac'))
print('{:{w}.{p}f}|{:{}.{}f}|{:>{}}'.format(3.14159, 2.71828, 9, 2, 'a', 5, w=10, p=3), '{0:{1}}'.format(5, '>4'))
print('{{}} {{{}}} }}{{ {}'.format(1, 2), '{ 0 }'.format(**{' 0 ': 'spaced'}), '{0.real:+}'.format(7))
print('{:%} {:,} {:_b} {:#_x} {:=+10.2f} {:\u00fc^7} {:*^+#015_.3e}'.format(0.25, 10**20, 255, 2**40, -3.5, 'ab', 12345.678))
print('{.__class__.__name__} {:c} {:n} {:n} {:.3} {:.3}'.format(1, 9731, 1234567, 1234.5, 'abcdef', 2 / 3))
bad = ['{', '}', '{0', '{!}', '{!r', '{:', '{0[}', '{a{}', '{0]}', '{!x}', '{!rr}', '{!:}', '{2}', '{}{}',
       '{x}', '{0[]}', '{0.}', '{}{1}', '{1}{}', '{:{:{}}}', '{0!r:{:{}}}', '{:d}', '{:s}', '{0[a]b}']
for t in bad:
    try:
        print(repr(t), repr(t.format({'a': 1}, 1)))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(t), type(e).__name__ + ':', e)
print('{0[}]}|{0[{]}|{0[!]}|{0[:]}'.format({'}': 'B', '{': 'C', '!': 'D', ':': 'E'}))
