# `in` uses __contains__, then __iter__, then __getitem__.
class WithContains:
    def __contains__(self, x):
        print("  __contains__", x)
        return x == "magic"
class WithIter:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * 2
print("magic" in WithContains(), "other" in WithContains())
print(2 in WithIter(), 5 not in WithIter())
print(8 in WithGetitem(), 3 in WithGetitem())
class BadContains:
    def __contains__(self, x):
        return [1]
print(1 in BadContains())
