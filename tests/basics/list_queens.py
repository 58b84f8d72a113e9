# N-queens with lists of flags and a nested function using nonlocal (queens benchmark area).
def solve(n):
    count = 0
    cols = [False] * n
    d1 = [False] * (2 * n)
    d2 = [False] * (2 * n)
    first = []
    placed = []
    def place(row):
        nonlocal count
        if row == n:
            count += 1
            if not first:
                first.extend(placed)
            return
        for c in range(n):
            if not cols[c] and not d1[row + c] and not d2[row - c + n]:
                cols[c] = d1[row + c] = d2[row - c + n] = True
                placed.append(c)
                place(row + 1)
                placed.pop()
                cols[c] = d1[row + c] = d2[row - c + n] = False
    place(0)
    return count, first
for n in range(1, 8):
    print(n, solve(n))
