# collections.namedtuple: construction by position and keyword, field access, tuple behaviour, helpers
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
print(Point(x=3, y=4), Point(5, y=6))
print(Point._fields, Point.__name__)
print(p == (1, 2), p == Point(1, 2), p != Point(2, 1), hash(p) == hash((1, 2)))
x, y = p
print(x, y, list(p), tuple(p), p + (3,), p[:1])
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__)
print(p._asdict())
print(p._replace(y=9), p)
print(Point._make([7, 8]), Point._make(range(2)))
print({p: 'found'}[(1, 2)])
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
Color = namedtuple('Color', ['red', 'green', 'blue'])
print(Color(1, 2, 3), Color(1, 2, 3).blue)
Pair = namedtuple('Pair', 'left,right')
print(Pair('a', 'b'), Pair('a', 'b').right)
Opt = namedtuple('Opt', 'a b c', defaults=[10, 20])
print(Opt(1), Opt(1, 2), Opt(1, 2, 3), Opt(a=0, c=5))
print(Point(p, [1]), repr(Point('s', None)))
Empty = namedtuple('Empty', '')
print(Empty(), len(Empty()))
class Sub(Point):
    def norm(self):
        return self.x * self.x + self.y * self.y
s = Sub(3, 4)
print(s, s.norm(), s.x)
Node = namedtuple('Node', 'value children')
n = Node(1, [])
n.children.append(n)
print(n)
