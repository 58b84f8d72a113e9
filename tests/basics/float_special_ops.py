# Operations that involve inf/nan and float zero division errors.
inf = float("inf")
print(inf + 1, inf * -1, inf - inf == inf - inf, 1 / inf)
print(-inf < 0 < inf, abs(-inf))
for op in ("div", "floordiv", "mod"):
    try:
        if op == "div":
            1.0 / 0
        elif op == "floordiv":
            1.0 // 0.0
        else:
            5 % 0.0
    except ZeroDivisionError:
        print(op, "ZeroDivisionError")
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
