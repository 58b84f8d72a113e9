# repr() and str() of nested builtin values.
vals = [1, -2.5, "s", "it's", None, True, [1, "a"], (1,), (), {"k": (1, 2)}, range(3), [[], {}]]
for v in vals:
    print(repr(v), "|", str(v))
class R:
    def __repr__(self):
        return "R()"
print(repr(R()), str(R()), [R(), R()], {"r": R()})
print(repr(repr("q")), str([str("x")]))
