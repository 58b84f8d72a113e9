# Cooperative __init__ through super() in a diamond runs each class once.
calls = []
class Base:
    def __init__(self, **kw):
        calls.append("Base")
        self.extra = kw
class Left(Base):
    def __init__(self, left=None, **kw):
        calls.append("Left")
        self.left = left
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=None, **kw):
        calls.append("Right")
        self.right = right
        super().__init__(**kw)
class Both(Left, Right):
    def __init__(self, **kw):
        calls.append("Both")
        super().__init__(**kw)
b = Both(left=1, right=2, other=3)
print(calls)
print(b.left, b.right, b.extra)
