# bytes/bytearray center, ljust, rjust with fill bytes, zfill with signs, and their errors
print(b"ab".center(6), b"ab".center(7, b"*"), b"abc".center(6, b"-"), b"abc".center(2))
print(b"ab".ljust(5), b"ab".ljust(5, b"."), b"ab".rjust(5), b"ab".rjust(5, b"0"))
print(b"ab".ljust(-3), b"".center(3, b"x"))
print(bytearray(b"ab").center(5), bytearray(b"ab").ljust(4, bytearray(b"!")), bytearray(b"ab").rjust(1))
for s in (b"42", b"-42", b"+42", b"", b"-", b"abc", b"+-1"):
    print(s.zfill(5), s.zfill(0))
print(bytearray(b"-7").zfill(4))
for fill in ("x", b"xy", 32, b""):
    try:
        b"a".center(3, fill)
    except TypeError:
        print("TypeError", repr(fill))
try:
    b"a".ljust("3")
except TypeError:
    print("TypeError width")
try:
    b"a".zfill(None)
except TypeError:
    print("TypeError zfill")
