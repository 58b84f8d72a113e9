# small: int.from_bytes/to_bytes, struct and array values beyond the small-int range raise OverflowError.
import sys
import struct
from array import array
from _check import check
MAX = sys.maxsize
MIN = -MAX - 1
check("from_bytes ff*8 signed", lambda: int.from_bytes(b"\xff" * 8, "big", signed=True))
check("from_bytes 7f ff*7", lambda: int.from_bytes(b"\x7f" + b"\xff" * 7, "big"))
check("from_bytes 00*20 01", lambda: int.from_bytes(b"\x00" * 20 + b"\x01", "big"))
check("from_bytes ff*20 signed", lambda: int.from_bytes(b"\xff" * 20, "little", signed=True))
check("from_bytes round trip MAX", lambda: int.from_bytes(MAX.to_bytes(8, "little"), "little") == MAX)
check("from_bytes round trip MIN", lambda: int.from_bytes(MIN.to_bytes(8, "big", signed=True), "big", signed=True) == MIN)
check("to_bytes -1", lambda: (-1).to_bytes(4, "little", signed=True))
check("to_bytes -1 unsigned", lambda: (-1).to_bytes(4, "little"))
check("to_bytes 1000 1", lambda: (1000).to_bytes(1, "big"))
check("pack q", lambda: struct.unpack("<q", struct.pack("<q", MIN))[0] == MIN)
check("unpack q -1", lambda: struct.unpack("<q", b"\xff" * 8))
check("unpack Q", lambda: struct.unpack("<Q", b"\xff" * 8))
check("unpack q 2**63 - 1", lambda: struct.unpack(">q", b"\x7f" + b"\xff" * 7))
check("unpack q -2**63", lambda: struct.unpack(">q", b"\x80" + b"\x00" * 7))
check("unpack h", lambda: struct.unpack("<hH", b"\xff\xff\xff\xff"))
check("array q", lambda: list(array("q", [MIN, MAX, -5])) == [MIN, MAX, -5])
check("array Q from bytes", lambda: array("Q", b"\xff" * 8)[0])
check("array b", lambda: list(array("b", [-128, 127])))
