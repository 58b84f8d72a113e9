# long_long: hash() and every text form (str, repr, hex, oct, bin, %, format) of the int64 edge values.
import sys
MAX = sys.maxsize
MIN = -MAX - 1
P = 2 ** 61 - 1
print(hash(MAX), hash(MIN), hash(P), hash(-P), hash(P + 1), hash(-P - 1), hash(-1), hash(2 ** 40))
print(str(MAX), repr(MIN), hex(MAX), hex(MIN), oct(MIN), bin(MIN))
print("%d %i %x %X %o" % (MIN, MAX, MAX, MIN, MAX))
print("%25d|%-25d|%+d|%025d" % (MAX, MIN, MAX, MIN))
print(format(MIN, ","), format(MAX, "_"), format(MAX, "#x"), format(MIN, "#b"), f"{MAX:>30,}", f"{MIN:e}")
print("{:n} {:08X} {:c}".format(MIN, MAX & 0xFFFFFFFF, 65))
print(int(repr(MIN)) == MIN, int(hex(MAX), 16) == MAX, int(bin(MIN), 0) == MIN, int(oct(MAX), 8) == MAX)
print((MAX).to_bytes(8, "big"), MIN.to_bytes(8, "little", signed=True), (2 ** 40).to_bytes(6, "big"))
