# struct: native layout ('@', the default) aligns each field; only fixed-size C types are used here, so the sizes
# are the same on every target (long, size_t and pointers differ between 32- and 64-bit).
import struct

print(struct.calcsize("bi"), struct.calcsize("@bh"), struct.calcsize("bq"), struct.calcsize("bd"))
print(struct.calcsize("ib"), struct.calcsize("b0i"), struct.calcsize("hhi"), struct.calcsize("c3sI"))
print(struct.pack("bi", 1, 2) == struct.pack("<b3xi", 1, 2), struct.pack("=bi", 1, 2))
print(struct.unpack("bhd", struct.pack("bhd", -1, 300, 2.5)))
print(struct.pack("@?H", True, 513) == struct.pack("<?xH", True, 513))
print(struct.calcsize("P") == struct.calcsize("N") == struct.calcsize("n"))
print(struct.unpack("N", struct.pack("N", 12345)), struct.unpack("n", struct.pack("n", -5)))
print(struct.unpack("P", struct.pack("P", 4096)))
