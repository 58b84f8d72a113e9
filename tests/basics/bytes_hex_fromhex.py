# bytes.hex with sep and bytes_per_sep (positive counts from the right), fromhex, round trips and errors
data = b"\x01\xab\xff\x10\x00"
print(data.hex(), data.hex(":"), data.hex(b"-"), data.hex(" ", 2), data.hex(" ", -2), data.hex("_", 5))
print(data.hex(sep=":", bytes_per_sep=3), data.hex(":", -3), data.hex(":", 0), b"".hex(":"), b"\x0f".hex(":"))
print(bytearray(b"\xde\xad").hex(), bytearray(b"\xde\xad\xbe\xef").hex(".", 2), memoryview(b"ab").hex())
print(bytes.fromhex("01ab ff"), bytes.fromhex(""), bytes.fromhex(" 0A0b "), bytearray.fromhex("dead beef"))
print(bytes.fromhex(data.hex()) == data)
for sep in ("::", "", "\xe9"):
    try:
        data.hex(sep)
    except ValueError:
        print("ValueError", repr(sep))
try:
    data.hex(1)
except TypeError:
    print("TypeError sep")
for text in ("0", "zz", "0 1", "1g"):
    try:
        bytes.fromhex(text)
    except ValueError:
        print("ValueError", repr(text))
try:
    bytes.fromhex(b"01")
except TypeError:
    print("TypeError fromhex")
