# struct and array with binary32 floats: 'f' round-trips exactly, 'd' widens the binary32 value exactly.
import array
import struct
print(struct.pack("<f", 0.1), struct.pack("<d", 0.1), struct.pack("<e", 0.1))
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("<d", struct.pack("<d", 1 / 3)))
print(struct.unpack("<d", b"\x9a\x99\x99\x99\x99\x99\xb9?"))
a = array.array("f", [0.1, 1 / 3, 16777217])
d = array.array("d", [0.1, 2.5])
print(a[0], a[1], a[2], d[0], d[1], bytes(d))
print(struct.unpack("<e", struct.pack("<e", 65504.0)), struct.unpack("<f", b"\x00\x00\x80\x7f"))
