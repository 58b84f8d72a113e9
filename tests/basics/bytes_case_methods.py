# bytes/bytearray case mapping and case tests: title, capitalize, swapcase, upper, lower, istitle, isupper, islower
samples = [b"hello world", b"HELLO wORLD", b"they're bill's", b"a1b2 c3", b"", b"123", b"\xe9t\xe9 ok", b"x_y-z"]
for s in samples:
    print(s.title(), s.capitalize(), s.swapcase(), s.upper(), s.lower())
    print(s.istitle(), s.isupper(), s.islower())
print(bytearray(b"ab cd").title(), bytearray(b"aB").swapcase(), bytearray(b"aB").capitalize())
print(bytearray(b"Ab Cd").istitle(), bytearray(b"AB").isupper(), bytearray(b"ab1").islower())
print(b"Hello World".istitle(), b"Hello world".istitle(), b"HELLO".istitle(), b"A".istitle(), b"1A".istitle())
print(b"ABC1".isupper(), b"1".isupper(), b"abc\xff".islower())
r = bytearray(b"abc")
t = r.upper()
t[0] = 0x7A
print(r, t)
