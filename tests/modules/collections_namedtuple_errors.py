# collections.namedtuple bad input: argument counts, unknown keywords, bad field names, _make and _replace
from collections import namedtuple

Point = namedtuple('Point', 'x y')


def attempt(what, f):
    try:
        print(what, f())
    except (TypeError, ValueError, AttributeError) as e:
        print(what, type(e).__name__)


attempt('too few', lambda: Point(1))
attempt('none', lambda: Point())
attempt('too many', lambda: Point(1, 2, 3))
attempt('unknown keyword', lambda: Point(1, z=2))
attempt('twice', lambda: Point(1, x=2))
attempt('make short', lambda: Point._make([1]))
attempt('replace unknown', lambda: Point(1, 2)._replace(z=3))
attempt('missing attribute', lambda: Point(1, 2).z)
attempt('set attribute', lambda: setattr(Point(1, 2), 'x', 5))
attempt('bad name', lambda: namedtuple('P', 'a 1b'))
attempt('underscore', lambda: namedtuple('P', 'a _b'))
attempt('duplicate', lambda: namedtuple('P', 'a a'))
attempt('bad type name', lambda: namedtuple('1P', 'a'))
attempt('too many defaults', lambda: namedtuple('P', 'a', defaults=[1, 2]))
attempt('not str', lambda: namedtuple('P', ['a', 1]))
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    Point()
except TypeError as e:
    print(e)
