# str() of various values and number <-> string conversions.
print(str(), str(12), str(-3.5), str(True), str(None), str([1, "a"]), str((1,)))
print(str({"k": [1, 2]}), str(2 ** 70))
print(int("42") + 1, float("2.5") * 2, str(4) + str(2))
print(ord("A"), chr(65), chr(0x263A), ord(chr(1000)))
print(str("already a string"), str(b"bytes")[:2])
class C:
    def __str__(self):
        return "C-object"
print(str(C()), "%s" % C(), "{}".format(C()), f"{C()}")
