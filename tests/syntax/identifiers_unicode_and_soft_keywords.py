# Identifiers may be non-ASCII; soft keywords (match, case, _) and builtin names can be rebound.
café = "coffee"
π = 3.14159
名前 = "name"
print(café, π, 名前)
match = "match is an ordinary name"
case = 2
_ = "underscore"
print(match, case, _)
def type_(value):
    return type(value).__name__
print(type_(1))
class Ünïcode:
    größe = 5
print(Ünïcode.größe, Ünïcode.__name__)
_private, __dunder, trailing_ = 1, 2, 3
print(_private + __dunder + trailing_)
