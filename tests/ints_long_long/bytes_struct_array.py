# long_long: int.from_bytes/to_bytes, struct and array 'q'/'Q' at the int64 limits ('Q' values above it raise).
import sys
import struct
from array import array
from _check import check
MAX = sys.maxsize
MIN = -MAX - 1
check("from_bytes ff*8 signed", lambda: int.from_bytes(b"\xff" * 8, "big", signed=True))
check("from_bytes 80 00*7 signed", lambda: int.from_bytes(b"\x80" + b"\x00" * 7, "big", signed=True))
check("from_bytes ff*8", lambda: int.from_bytes(b"\xff" * 8, "big"))
check("from_bytes 7f ff*7", lambda: int.from_bytes(b"\x7f" + b"\xff" * 7, "big"))
check("from_bytes 00*20 01", lambda: int.from_bytes(b"\x00" * 20 + b"\x01", "big"))
check("from_bytes ff*20 signed", lambda: int.from_bytes(b"\xff" * 20, "little", signed=True))
check("from_bytes 9 bytes", lambda: int.from_bytes(b"\x01" * 9, "little"))
check("to_bytes MIN", lambda: MIN.to_bytes(8, "big", signed=True))
check("to_bytes MIN 7", lambda: MIN.to_bytes(7, "big", signed=True))
check("to_bytes MAX 16", lambda: MAX.to_bytes(16, "little"))
check("to_bytes -1", lambda: (-1).to_bytes(8, "little", signed=True))
check("to_bytes -1 unsigned", lambda: (-1).to_bytes(8, "little"))
check("to_bytes 2**40 4", lambda: (2 ** 40).to_bytes(4, "big"))
check("pack q", lambda: struct.pack("<qq", MIN, MAX))
check("pack Q", lambda: struct.pack("<Q", MAX))
check("unpack q", lambda: struct.unpack("<qq", b"\x00" * 7 + b"\x80" + b"\xff" * 7 + b"\x7f"))
check("unpack Q ok", lambda: struct.unpack(">Q", b"\x7f" + b"\xff" * 7))
check("unpack Q big", lambda: struct.unpack(">Q", b"\x80" + b"\x00" * 7))
check("unpack I", lambda: struct.unpack("<I", b"\xff" * 4))
check("array q", lambda: list(array("q", [MIN, MAX, 2 ** 40])))
check("array Q from bytes", lambda: array("Q", b"\xff" * 8)[0])
check("array Q ok", lambda: array("Q", [MAX])[0])
check("array q overflow", lambda: array("q", [MAX + 1]))
