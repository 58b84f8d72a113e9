# Output printed before an uncaught exception must appear; exit status is 1.
# expect: stderr-last-line
print("computing")
values = [4, 2, 0]
for v in values:
    print(12 / v)
print("never printed")
