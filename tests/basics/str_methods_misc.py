# More everyday string methods: count, endswith with ranges, isdigit checks, chained calls.
path = "/usr/local/lib/python3/site.py"
print(path.split("/")[-1], path.rsplit("/", 1)[0], path.count("/"), path.endswith(".py"))
name, _, ext = path.rpartition("/")[2].partition(".")
print(name, ext)
print("  Mixed Case  ".strip().lower().replace(" ", "_"))
print("a,b;c d".replace(",", " ").replace(";", " ").split())
print("hello".find("l", 3), "hello".find("l", 4), "hello".rfind("l", 0, 3), "hello"[1:].startswith("ell"))
print("x=1".split("=", 1), "k:v:w".split(":", maxsplit=1), "abc".endswith("bc", 0, 3))
print(", ".join(w[0].upper() + w[1:] for w in "one two three".split()))
print("42".isdigit(), "-42".isdigit(), "4 2".isdigit(), "".isdigit(), "x".isalpha())
