# break and continue inside try/finally and inside finally itself.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop1 done")
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
    finally:
        if i == 1:
            break
print("break in finally swallowed the exception at", i)
for i in range(3):
    try:
        raise KeyError(i)
    finally:
        continue
print("continue in finally swallowed all", i)
def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("finally n =", n)
print(count())
