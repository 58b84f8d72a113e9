# struct: pack/unpack of every format character in the standard byte orders, counts, and calcsize.
import struct

print(struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 4294967295, -4, 4294967295, -5, 2 ** 64 - 1))
print(struct.pack(">bBhHiIlLqQ", -1, 255, -2, 65535, -3, 4294967295, -4, 4294967295, -5, 2 ** 64 - 1))
print(struct.unpack("<bBhHiIlLqQ", struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 7, -4, 8, -(2 ** 63), 2 ** 64 - 1)))
print(struct.pack("!HI", 0x1234, 0xDEADBEEF), struct.pack("=h", 1), struct.pack("<?", []), struct.pack("<?", 3))
print(struct.pack("<3h", 1, 2, 3), struct.unpack("<3h", b"\x01\x00\x02\x00\x03\x00"))
print(struct.pack("<5s", b"ab"), struct.pack("<2s", b"abcdef"), struct.pack("<0s", b"x"), struct.pack("<s", b"q"))
print(struct.pack("<5p", b"ab"), struct.pack("<3p", b"abcdef"), struct.unpack("<5p", b"\x02abzz"))
print(struct.unpack("<10s", b"0123456789"), struct.pack("<c", b"z"), struct.unpack("<cc", b"xy"))
print(struct.pack("<2x", ), struct.pack("<bxxh", 1, 2), struct.unpack("<bxxh", b"\x01\x00\x00\x02\x00"))
print(struct.pack("<d", 1.5), struct.pack(">f", -2.25), struct.pack("<e", 0.5), struct.pack(">e", 65504))
print(struct.unpack("<d", struct.pack("<d", 0.1)), struct.unpack("<f", struct.pack("<f", 0.1)))
for x in [0.0, -0.0, 1.0, 1 / 3, 6.1e-5, 5.96e-8, 1e-9, 65519.0, float("inf"), -float("inf")]:
    print(x, struct.pack("<e", x), struct.unpack("<e", struct.pack("<e", x))[0])
print(struct.unpack("<e", b"\x00\x7e")[0], struct.unpack("<f", struct.pack("<f", float("nan")))[0])
print(struct.pack("<i", True), struct.pack("<d", 3), struct.unpack(">?", b"\x05"))
print([struct.calcsize(f) for f in ["", "<i", "<ihq", "!3s2x", ">e", "<10p", "<?c", "3h"]])
print(struct.unpack("<I", bytearray(b"\x01\x02\x03\x04")), struct.unpack("<H", memoryview(b"\xff\x00")))
print(struct.pack(b"<h", 5), struct.unpack("< h h ", b"\x01\x00\x02\x00"))
print(type(struct.unpack("<i", b"\x00\x00\x00\x00")).__name__, struct.unpack("<0i", b""))
