# break/continue from except and else clauses inside loops.
results = []
for x in [1, 0, 2, "a", 4]:
    try:
        v = 10 // x
    except ZeroDivisionError:
        results.append("skip-zero")
        continue
    except TypeError:
        results.append("stop-at-type")
        break
    else:
        results.append(v)
    finally:
        results.append("f")
print(results)
n = 0
while True:
    try:
        n += 1
        if n < 3:
            raise ValueError
        break
    except ValueError:
        continue
    finally:
        print("finally", n)
print("n =", n)
