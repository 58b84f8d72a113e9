# str.partition/rpartition results and errors; type errors for wrong argument types across str methods
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("é::ü".partition("::"), "".partition("a"), "aaa".partition("aa"), "aaa".rpartition("aa"))
for sep in ("", 1, None, b"="):
    for method in (str.partition, str.rpartition):
        try:
            method("a=b", sep)
        except (TypeError, ValueError) as e:
            print(method.__name__, type(e).__name__)
calls = [
    lambda: "a".join([1]), lambda: "a".join(["x", b"y"]), lambda: "a".join(5), lambda: "a".find(b"a"),
    lambda: "a".count(1), lambda: "a".index(None), lambda: "a".split(1), lambda: "a".strip(1),
    lambda: "a".replace(1, "b"), lambda: "a".replace("a", 2), lambda: "a".startswith(1),
    lambda: "a".startswith(("a", 1)), lambda: "a".endswith(["a"]), lambda: "a".removeprefix(1),
    lambda: "a".removesuffix(b"a"), lambda: "a" + 1, lambda: "a".encode(1), lambda: "a".center(3, b"x"),
    lambda: "a".rsplit(maxsplit="1"), lambda: "a".find("a", "1"), lambda: "a".lower(1),
]
for call in calls:
    try:
        print(call())
    except TypeError:
        print("TypeError")
print("a".join([]), "-".join("xyz"), "-".join(("a",)), "".join(["a", "b"]), ",".join(iter(["p", "q"])))
