# binascii: hexlify (with separators), unhexlify, base64 both ways, crc32, and binascii.Error (a ValueError).
import binascii

print(binascii.hexlify(b"\x01\xab\xff"), binascii.hexlify(b""), binascii.hexlify(bytearray(b"AZ")))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2), binascii.hexlify(b"\x01\x02", sep=" "))
print(binascii.b2a_hex(b"hi"), binascii.a2b_hex("6869"), binascii.unhexlify(b"DEADbeef"), binascii.unhexlify(""))
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc) == data, binascii.b2a_base64(data, newline=False))
print(binascii.a2b_base64("Zm9v\nYmFy"), binascii.a2b_base64(b"Zm8=garbage"), binascii.a2b_base64(b"Z m 9 v"))
print(binascii.a2b_base64(b"Zg=="), binascii.a2b_base64(b"Zg==Zm8="), binascii.a2b_base64(b"!!Zm9v!!"))
print(binascii.crc32(b""), binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.crc32(b"abc", 0xFFFFFFFF), binascii.crc32(b"abc", -1), binascii.crc32(bytes(1000)))
print(issubclass(binascii.Error, ValueError))
for bad in [lambda: binascii.unhexlify(b"abc"), lambda: binascii.unhexlify(b"zz"),
            lambda: binascii.a2b_base64(b"abcde"), lambda: binascii.a2b_base64(b"ab"), lambda: binascii.a2b_base64(b"abc")]:
    try:
        print(bad())
    except binascii.Error as e:
        print("Error:", e)
for bad in [lambda: binascii.hexlify("text"), lambda: binascii.crc32("x"), lambda: binascii.b2a_base64(5)]:
    try:
        bad()
    except TypeError:
        print("TypeError")
try:
    binascii.unhexlify("é0")
except ValueError:
    print("ValueError")
