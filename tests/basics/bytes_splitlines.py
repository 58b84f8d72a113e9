# bytes/bytearray splitlines: only \n, \r and \r\n break lines (not \v \f \x1c or \x85); keepends positional or keyword
s = b"one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x85eight"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print(b"".splitlines(), b"\n".splitlines(), b"\n".splitlines(True), b"a\n\nb\n".splitlines())
print(b"\r\n\r".splitlines(), b"\r\n\r".splitlines(keepends=1))
print(bytearray(b"x\ny").splitlines(), bytearray(b"x\ny").splitlines(True))
try:
    b"a".splitlines(sep=b"\n")
except TypeError:
    print("TypeError")
