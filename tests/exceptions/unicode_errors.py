# Encoding and decoding failures raise the Unicode* subclasses of ValueError with CPython's messages.
for text, encoding in [("é", "ascii"), ("€", "latin-1"), ("a😀", "ascii"), ("\u0100", "latin1")]:
    try:
        text.encode(encoding)
    except UnicodeEncodeError as e:
        print(type(e).__name__, isinstance(e, UnicodeError), isinstance(e, ValueError), e)
for data, encoding in [(b"\xff", "utf-8"), (b"ab\x80", "ascii"), (b"\xc3", "utf-8"), (b"\xed\xa0\x80", "utf-8")]:
    try:
        data.decode(encoding)
    except UnicodeDecodeError as e:
        print(type(e).__name__, isinstance(e, UnicodeError), e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
print(UnicodeEncodeError.__mro__[1:3], issubclass(UnicodeDecodeError, ValueError))
