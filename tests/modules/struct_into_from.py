# struct: pack_into and unpack_from with offsets (negative too) on bytearray and memoryview.
import struct

buf = bytearray(10)
struct.pack_into("<hI", buf, 2, -2, 0x01020304)
print(buf)
struct.pack_into(">H", buf, -2, 0xABCD)
print(buf)
view = memoryview(buf)
struct.pack_into("<b", view, 0, 7)
print(buf, struct.unpack_from("<hI", buf, 2), struct.unpack_from("<h", buf), struct.unpack_from(">H", buf, -2))
print(struct.unpack_from("<b", b"\x01\x02\x03", offset=2), struct.unpack_from("<h", buffer=b"\x05\x00\x09"))
print(struct.unpack_from("<2s", view, 7))
for bad in [lambda: struct.pack_into("<i", bytearray(2), 0, 1), lambda: struct.pack_into("<i", bytearray(8), 6, 1),
            lambda: struct.unpack_from("<i", b"123", 1), lambda: struct.unpack_from("<i", b"12345678", -1),
            lambda: struct.unpack_from("<i", b"12345678", 9), lambda: struct.pack_into("<i", bytearray(4), 0),
            lambda: struct.unpack_from("<i", b"1234", -9), lambda: struct.pack_into("<i", bytearray(8), -2, 1)]:
    try:
        print(bad())
    except struct.error as e:
        print("error:", e)
for bad in [lambda: struct.pack_into("<i", b"12345678", 0, 1), lambda: struct.unpack_from("<i", "abcd")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError")
