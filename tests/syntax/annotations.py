# Annotations are accepted everywhere and do not change behaviour.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> str:
    return f"{a}{b}{args}{c}{kw}"
print(f(1), f(2, "y", 3.0, c=[1], z=0))
x: int = 5
y: list
print(x)
try:
    print(y)
except NameError:
    print("NameError: annotation without value does not bind")
class Point:
    x: float = 0.0
    y: float = 0.0
    label: str
p = Point()
print(p.x, p.y, hasattr(p, "label"))
def g(v: "anything at all" = 3) -> None:
    total: int = v * 2
    return total
print(g(), g(5))
