# match statement (Python 3.10): literal, capture, sequence, mapping, class and guard patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case 0 | 1:
            return "bit"
        case "hi":
            return "greeting"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"seq starting {first} with {len(rest)} more"
        case {"type": t, **others}:
            return f"mapping of type {t} (+{len(others)})"
        case Point(x=0, y=0):
            return "origin"
        case Point(px, py) if px == py:
            return f"diagonal {px}"
        case Point():
            return "point"
        case int(n) if n < 0:
            return "negative"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 1, "hi", [1, 2], [1, 2, 3], (9,), {"type": "a", "k": 1}, Point(0, 0),
          Point(2, 2), Point(1, 2), -5, None, 3.5]:
    print(describe(v))
