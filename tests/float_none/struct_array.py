# struct and array without float: the float codes e, f and d are unknown codes (struct.error, as for any unknown
# code; array's ValueError lists the codes it has). The integer codes keep working.
import array
import struct

for fmt in ["f", "d", "e", "<d", "2f", "if", "y"]:
    try:
        print(struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), "struct.error", e)
try:
    struct.pack("<f", 1)
except struct.error as e:
    print("pack f", "struct.error", e)
try:
    struct.unpack("<d", bytes(8))
except struct.error as e:
    print("unpack d", "struct.error", e)
print(struct.pack("<hIq", -2, 7, -1), struct.unpack(">H", b"\x01\x02"), struct.calcsize("<iHb"))

for code in ["f", "d", "y"]:
    try:
        array.array(code)
    except ValueError as e:
        print(repr(code), "ValueError", e)
a = array.array("i", [1, 2, 3])
a.append(4)
print(a, sum(a), a[1:3], array.array("B", b"ab"), array.array("q", [2 ** 62]))
