# MicroPython-style: a bytearray can grow or shrink while a memoryview of it exists (CPython raises BufferError).
# The view never reads past the end of what is left.
ba = bytearray(b"abcdef")
mv = memoryview(ba)
print(bytes(mv), len(mv))
ba.extend(b"gh")
print(bytes(ba), bytes(mv[:6]))
del ba[2:]
print(bytes(ba))
try:
    print(bytes(mv))
except (IndexError, ValueError) as e:
    print(type(e).__name__)
mv.release()
ba.append(0x21)
print(ba)
