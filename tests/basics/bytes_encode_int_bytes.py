# str.encode, int.to_bytes and int.from_bytes: the bridges between text, numbers and bytes.
print("héllo".encode(), "abc".encode("ascii"), "é".encode("latin-1"))
print(len("日本".encode()), "日本".encode().decode() == "日本")
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print((-2).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x00\x04", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"", "big"))
print(int.from_bytes((2**70).to_bytes(9, "big"), "big") == 2**70)
for value, length in ((256, 1), (-1, 1)):
    try:
        value.to_bytes(length, "big")
    except OverflowError:
        print("OverflowError", value)
try:
    "é".encode("ascii")
except UnicodeError:
    print("UnicodeError")
