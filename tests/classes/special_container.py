# __len__, __getitem__, __setitem__, __delitem__ and __contains__ for a user container.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("off grid")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
    def __contains__(self, v):
        return v in self.cells.values()
g = Grid(3, 2)
g[0, 0] = "A"
g[2, 1] = "B"
print(len(g), g[0, 0], g[1, 1], g[2, 1], "A" in g, "Z" in g, "Z" not in g)
del g[0, 0]
print(g[0, 0], "A" in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError", e)
try:
    del g[1, 1]
except KeyError:
    print("KeyError")
print("".join(g[x, y] for y in range(2) for x in range(3)))
