# Dict comprehensions, with conditions and nested loops.
squares = {x: x * x for x in range(6)}
print(squares)
odd = {k: v for k, v in squares.items() if k % 2}
print(odd)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
grid = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(grid)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({w: len(w) for w in words if len(w) > 5})
print({i: {j: i + j for j in range(2)} for i in range(2)})
