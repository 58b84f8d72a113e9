# return: none, single, tuple, early return from loops and nested blocks.
def none1():
    return
def none2():
    pass
def multi():
    return 1, "two", [3]
def early(seq):
    for i, v in enumerate(seq):
        while True:
            if v < 0:
                return "negative at", i
            break
    return "all non-negative"
print(none1(), none2(), multi())
a, b, c = multi()
print(a, b, c)
print(early([1, 2, -3, 4]), early([0]))
def choose(x):
    if x:
        return "yes"
    else:
        return "no"
    return "unreachable"
print(choose(1), choose(0))
