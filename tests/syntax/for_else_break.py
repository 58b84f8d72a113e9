# for loops with break/continue/else, over several iterable kinds.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find("", "a")
for i in range(5):
    if i == 1:
        continue
    for j in range(5):
        if j > i:
            break
    else:
        print("inner else", i)
    print("outer", i, j)
for x in []:
    print("never")
else:
    print("empty else")
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
