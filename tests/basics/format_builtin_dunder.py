# format() builtin, __format__ on user classes, the built-in __format__ methods and object.__format__.
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return '$' + format(self.v, spec or '.2f')
class Plain:
    def __str__(self):
        return 'plain'
class Bad:
    def __format__(self, spec):
        return 42
class MyInt(int):
    pass
class Tag(str):
    def __format__(self, spec):
        return '<' + super().__format__(spec) + '>'
m = Money(3.5)
print(format(m), format(m, '>8.1f'), '{}|{:.3f}'.format(m, m), f'{m}|{m:08.2f}', '%s' % Plain())
print(format(Plain()), format(Plain(), ''), '{}'.format(Plain()), f'{Plain()}', format(None), format([1, 2]))
for v, s in [(Plain(), 'x'), (None, '>5'), ([1], 's'), ((), '5'), (Bad(), ''), (1, 5)]:
    try:
        print(repr(format(v, s)))
    except TypeError as e:
        print('TypeError:', e)
try:
    '{}'.format(Bad())
except TypeError as e:
    print('TypeError:', e)
print(int.__format__(255, '#x'), float.__format__(2.5, '.3e'), str.__format__('s', '>3'), complex.__format__(1j, '>5'))
print(bool.__format__(True, ''), bool.__format__(True, 'd'), format(True), format(True, '^5'), format(False, '+'), f'{True:>6}')
print(format(MyInt(255), 'x'), MyInt(255).__format__('#o'), f'{MyInt(7):b}', format(Tag('ab'), '>4'), '{:*<5}'.format(Tag('q')))
print(object.__format__(Plain(), ''), (5).__format__(''), (5).__format__('03'), 'ab'.__format__('^6'), (2.5).__format__('%'))
try:
    object.__format__(Plain(), 'x')
except TypeError as e:
    print('TypeError:', e)
print(int.__repr__(255), float.__repr__(0.1), repr(MyInt(5)), str(MyInt(6)), MyInt(7).__repr__())
