# while loops with break, continue and the else clause.
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i == 8:
        break
    print("even", i)
else:
    print("no break (wrong)")
print("after break at", i)
n = 3
while n:
    n -= 1
else:
    print("else runs when the condition becomes false", n)
while False:
    print("never")
else:
    print("else of a loop that never ran")
count = 0
while True:
    count += 1
    if count >= 5:
        break
print(count)
