# printf-style % with a mapping: %(name)s keys, nested parentheses, mixing with flags and widths.
d = {'name': 'Ada', 'n': 3, 'x': 2.5, 'a(b)': 'paren', '': 'empty'}
print('%(name)s has %(n)d items at %(x).2f' % d)
print('%(name)-6s|%(n)05d|%(x)+8.3e|%(name)r|%(a(b))s|%()s|%(n)#x' % d)
print('%(n)s %(n)s %%' % d, '%s' % d == str(d), '%(0)s' % {'0': 'zero'})
class Lookup:
    def __getitem__(self, key):
        return key.upper()
print('%(abc)s-%(x)s' % Lookup())
