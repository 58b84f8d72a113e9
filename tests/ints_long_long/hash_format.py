# long_long: hash() (its modulus is 2**61 - 1 or 2**31 - 1 with the word size, so only relations are printed) and
# every text form (str, repr, hex, oct, bin, %, format) of the int64 edge values.
import sys
MAX = sys.maxsize
MIN = -MAX - 1
P = 2 ** 61 - 1
print(hash(-1), hash(MIN) == hash(-(2.0 ** 63)), hash(2 ** 40) == hash(2.0 ** 40), hash(MAX) == hash(int(str(MAX))))
print(hash(P) in (0, P % (2 ** 31 - 1)), hash(-P) == -hash(P), hash(MAX + MIN) == hash(-1))
print(str(MAX), repr(MIN), hex(MAX), hex(MIN), oct(MIN), bin(MIN))
print("%d %i %x %X %o" % (MIN, MAX, MAX, MIN, MAX))
print("%25d|%-25d|%+d|%025d" % (MAX, MIN, MAX, MIN))
print(format(MIN, ","), format(MAX, "_"), format(MAX, "#x"), format(MIN, "#b"), f"{MAX:>30,}", f"{MIN:e}")
print("{:n} {:08X} {:c}".format(MIN, MAX & 0xFFFFFFFF, 65))
print(int(repr(MIN)) == MIN, int(hex(MAX), 16) == MAX, int(bin(MIN), 0) == MIN, int(oct(MAX), 8) == MAX)
print((MAX).to_bytes(8, "big"), MIN.to_bytes(8, "little", signed=True), (2 ** 40).to_bytes(6, "big"))
