# Searching and replacing.
s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.find("dog"), s.rfind("at"), s.rfind("the"))
print(s.index("sat"), s.rindex("t"), s.count("at"), s.count("the"), s.count(""))
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("the ", ""))
print("aaa".replace("a", "aa"), "abc".replace("", "-"))
print(s.startswith("the"), s.startswith("cat"), s.startswith("cat", 4), s.endswith("mat"))
print(s.startswith(("dog", "the")), s.endswith(("x", "t")))
print("abc".partition("b"), "abc".partition("z"), "a-b-c".rpartition("-"))
try:
    s.index("dog")
except ValueError:
    print("ValueError")
print("x" in s, "cat" in s, "" in s, "cats" not in s)
