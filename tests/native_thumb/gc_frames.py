# Values held only in a native frame (locals and temporaries on the C stack) survive collections that happen
# inside the runtime calls the native code makes.
import gc
import micropython


@micropython.native
def churn(n):
    keep = []
    for i in range(n):
        s = "x" * (i % 7 + 1) + str(i)
        t = [s, (i, s), {"k": s}]
        gc.collect()
        junk = bytearray(200)
        keep.append((t[1][1] + "!", len(t[2]["k"]), len(junk)))
        if i % 5 == 0:
            gc.collect()
    return keep


r = churn(60)
print(len(r), r[0], r[17], r[59])


@micropython.native
def in_expression(a):
    return [str(a) + "a", str(a) + "b"] + [len([gc.collect()]), str(a * 2), str(a) * 3]


print(in_expression(21))


@micropython.native
def big_ints(n):
    total = 2**100
    for i in range(n):
        total = total + i * 2**70
        if i % 10 == 0:
            gc.collect()
    return total


print(big_ints(100))
