# str.splitlines breaks at every boundary CPython uses: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029
s = "a\nb\rc\r\nd\ve\ff\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
print("x\x1fy".splitlines(), "".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "a\n".splitlines())
print("é\u2028ü".splitlines(), "\r\n\r\n".splitlines(), "\r\r\n".splitlines(True), "end\r".splitlines(1))
print(len("\u2028".splitlines(True)[0]), ["\u2029"], "a\u2028".splitlines(True))
try:
    "a".splitlines(foo=True)
except TypeError:
    print("TypeError")
