# A comprehension computes the same as the equivalent loop, including nested and filtered forms.
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
loop = []
for w in words:
    if "l" in w:
        for ch in w[:2]:
            loop.append(ch.upper())
comp = [ch.upper() for w in words if "l" in w for ch in w[:2]]
print(loop == comp, comp)
matrix = [[i * 4 + j for j in range(4)] for i in range(3)]
diag = [matrix[i][i] for i in range(3)]
cols = [sum(row[j] for row in matrix) for j in range(4)]
print(matrix, diag, cols)
print([(i, j) for i in range(4) for j in range(i, 4) if (i + j) % 3 == 0])
