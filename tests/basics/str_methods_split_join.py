# split, rsplit, splitlines and join.
print("a b  c".split(), " lead and trail ".split())
print("a,b,,c".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("one::two::three".split("::"), "".split(), "".split(","))
print("x".split("x"), "abc".split("abc"))
print("a\tb\nc  d".split(), "a b c d".split(None, 2))
print("l1\nl2\r\nl3".splitlines(), "l1\nl2\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), "+".join("abc"))
print(" ".join(str(i) for i in range(5)))
try:
    "-".join(["a", 1])
except TypeError:
    print("TypeError")
try:
    "abc".split("")
except ValueError:
    print("ValueError")
