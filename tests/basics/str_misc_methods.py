# str casefold, format_map, removeprefix/removesuffix, swapcase/capitalize/title on ASCII, slicing with steps
print("HeLLo".casefold(), "ß".casefold() == "ß".casefold(), "abc DEF".swapcase(), "hELLO wORLD".capitalize())
print("they're bill's friends".title(), "a1b2c3".title(), "hello_world-foo".title(), "".title(), "x".capitalize())
print("{name} is {age}".format_map({"name": "Ann", "age": 7}), "{x!r}".format_map({"x": "q"}), "plain".format_map({}))
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError", e)
print("prefix-x".removeprefix("prefix-"), "x".removeprefix(""), "a.py".removesuffix(".py"), "a".removesuffix("ab"))
s = "héllo wörld"
print(s[::2], s[::-1], s[1:8:3], s[-1:-6:-2], s[10:0:-3], s[::100], repr(s[5:1]), s[-100:100:4])
print("abcdef"[::-1], "abcdef"[4:1:-1], "abcdef"[::-2], "abcdef"[1::2], "abcdef"[-2::-2])
print("ab" * 0, "ab" * -1, 3 * "é", "x".join("abc"), "é€" + "ü")
