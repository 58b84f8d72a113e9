# ascii(): repr() with non-ASCII characters escaped.
print(ascii("plain"))
print(ascii("é"), ascii("ÿ"), ascii("\u0100"), ascii("€"), ascii("\U0001F600"), ascii("\uffff"))
print(ascii("mixé€😀\n\t'\""))
print(ascii(["é", ("€",), {"k": "ü"}]))
print(ascii(1), ascii(2.5), ascii(None), ascii(b"\xff"), ascii(b"\xc3\xa9"))
class R:
    def __repr__(self):
        return "R(ö)"
print(ascii(R()))
print(ascii(""), ascii("'"), ascii('"'))
print(len(ascii("\U0010ffff")), ascii("\U0010ffff"))
try:
    ascii()
except TypeError:
    print("TypeError")
