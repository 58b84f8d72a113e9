# str find/rfind/index/rindex/count/startswith/endswith: empty needles, start past the end, negative bounds, tuples
s = "abcabc"
print(s.find(""), s.find("", 6), s.find("", 7), s.rfind(""), s.rfind("", 7), s.find("", 2, 1), s.count(""))
print(s.count("", 6), s.count("", 7), s.count("", 2, 4), s.count("bc", -3), s.count("a", None, 3))
print(s.find("c", -1), s.rfind("a", -100, 100), s.find("bc", 2, 4), s.find("bc", 1, 3), s.rindex("b", 0, -1))
print(s.startswith(("x", "bc"), 1), s.startswith("", 6), s.startswith("", 7), s.endswith(("bc",), 0, 3))
print(s.endswith("", -1), s.startswith("c", -1), s.endswith("ab", None, -1), s.startswith(()), "".endswith(""))
u = "héllo wörld"
print(u.find("ö"), u.rfind("l"), u.index("w"), u.count("l", 3), u.find("l", -3), u.startswith("ö", 7))
for call in (lambda: s.index("x"), lambda: s.rindex("x"), lambda: s.index("a", 1, 3)):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
print("aaa".replace("", "-"), "abc".replace("", "-", 2), "abab".replace("ab", "X", 1), "é".replace("", "."))
print("abc".replace("b", "B", 0), "abc".replace("b", "B", -1), "aaaa".replace("aa", "b"))
