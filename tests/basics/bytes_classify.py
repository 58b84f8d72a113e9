# bytes/bytearray is* methods: isalnum, isalpha, isdigit, isspace, isascii on edge cases
samples = [b"", b"abc", b"abc1", b"123", b" \t\n\r\x0b\x0c", b"\x1c", b"a b", b"\x80", b"\x7f", b"_", b"\xe9"]
for s in samples:
    print(s, s.isalnum(), s.isalpha(), s.isdigit(), s.isspace(), s.isascii())
ba = bytearray(b"ab12")
print(ba.isalnum(), ba.isalpha(), ba.isdigit(), ba.isspace(), ba.isascii())
print(bytearray().isascii(), bytearray().isalnum())
