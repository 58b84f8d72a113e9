# bytes.maketrans and translate(table, delete): tables, None table, delete keyword, bytearray, errors
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], table[0], table[255])
print(b"aabbcc-d".translate(table))
print(b"aabbcc-d".translate(None, b"b-"))
print(b"aabbcc-d".translate(table, b"a"))
print(b"aabbcc-d".translate(table, delete=b"cd"))
print(b"".translate(table))
print(bytearray(b"abc").translate(table), bytearray(b"abc").translate(None, bytearray(b"c")))
print(bytearray.maketrans(b"x", b"y")[120], type(bytearray.maketrans(b"", b"")).__name__)
print(b"q".maketrans(b"q", b"r")[113])
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print("ValueError", e)
try:
    b"abc".translate(b"short")
except ValueError as e:
    print("ValueError", e)
for bad in (("a", "b"), (b"a", 1)):
    try:
        bytes.maketrans(*bad)
    except TypeError:
        print("TypeError maketrans")
try:
    b"abc".translate("x" * 256)
except TypeError:
    print("TypeError translate")
