# str.maketrans (dict, two strings, third argument deletes) and str.translate with ints, strs, None, lists
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-d".translate(t), "aabbcc".translate(str.maketrans("ab", "AB", "c")))
print(sorted(str.maketrans({"a": "1", 98: None, "é": 233}).items()))
print("abc".translate({97: None, 98: "BB", 99: 100}), "héllo".translate({233: "e"}), "€".translate({8364: "EUR"}))
print("abc".translate([None, "x"] * 50), "abc".translate({}), "".translate(t), "ab".maketrans("a", "b"))
for bad in ({97: 1.5}, {97: b"x"}):
    try:
        "abc".translate(bad)
    except TypeError:
        print("TypeError translate")
try:
    "a".translate({97: 0x110000})
except ValueError:
    print("ValueError range")
for args in (("ab", "c"), ({"ab": 1},), ({1.5: 1},), ("a",), (1, 2), ("a", "b", 3)):
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, args)
