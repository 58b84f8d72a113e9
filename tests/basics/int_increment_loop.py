# Accumulation in loops crosses from small to big ints and back.
x = 1
steps = 0
while x < 10 ** 30:
    x *= 7
    steps += 1
print(steps, x)
while x > 100:
    x //= 13
    steps -= 1
print(steps, x)
total = 0
for i in range(1000):
    total += i * i
print(total)
f = 1
for i in range(25):
    f = f * 3 - i
print(f)
