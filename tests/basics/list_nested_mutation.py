# Aliasing and nested lists.
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
grid[1][2] = "X"
row = grid[2]
row.append("extra")
print(grid)
transposed = [[grid[r][c] for r in range(3)] for c in range(3)]
print(transposed)
flat = [v for row in grid for v in row]
print(flat, len(flat))
copy = [r[:] for r in grid]
copy[0][0] = "changed"
print(grid[0][0], copy[0][0])
stack = []
for i in range(4):
    stack.append([i] * i)
while stack:
    print(stack.pop())
