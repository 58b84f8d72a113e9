# collections.OrderedDict: a dict subclass with move_to_end, popitem(last), CPython 3.11's repr, ordered equality
from collections import OrderedDict

d = OrderedDict()
print(d, len(d), isinstance(d, dict))
d['b'] = 2
d['a'] = 1
d['c'] = 3
print(d, list(d), list(d.items()), d['a'], d.get('z'))
d.move_to_end('b')
print(list(d))
d.move_to_end('c', last=False)
print(list(d))
d.move_to_end('a', False)
print(d)
print(d.popitem(), d)
print(d.popitem(last=False), d)
e = OrderedDict([('x', 1), ('y', 2)])
f = OrderedDict([('y', 2), ('x', 1)])
print(e == f, e != f, e == {'y': 2, 'x': 1}, {'y': 2, 'x': 1} == e, e == OrderedDict(x=1, y=2))
print(e == [('x', 1)], dict(e), OrderedDict(e))
e.update(z=3)
del e['x']
print(e, 'y' in e, 'x' in e, sorted(e.keys()))
g = OrderedDict.fromkeys('ab', 0)
print(g)
r = OrderedDict(k=[1])
r['self'] = r
print(r)
try:
    OrderedDict().popitem()
except KeyError:
    print('KeyError popitem')
try:
    d.move_to_end('missing')
except KeyError as err:
    print('KeyError', err)
try:
    hash(OrderedDict())
except TypeError:
    print('TypeError unhashable')
