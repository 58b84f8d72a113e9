// Integer-to-text formatting into a caller's buffer: no allocation, no libc, fixed-width types only.
//
// The building block under int.__repr__, hex(), oct(), bin() and the console's diagnostics. It works the same on
// every target (32- and 64-bit, with or without a C library), which is why the foundation builds it for all five.
#ifndef MICA_RUNTIME_INT_FORMAT_H_
#define MICA_RUNTIME_INT_FORMAT_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {

// Longest text FormatInt can produce: 64 binary digits, a sign and a two-character prefix.
constexpr size_t kMaxIntText = 64 + 1 + 2;

struct IntFormat {
  uint8_t base = 10;        // 2..36
  bool prefix = false;      // "0b"/"0o"/"0x" for bases 2, 8, 16 (Python's bin/oct/hex)
  bool uppercase = false;   // digits above 9 as A-Z instead of a-z
};

// Writes `value` in `format` to `out` (at most `capacity` bytes, no terminator) and returns the number of bytes
// written, or 0 if it does not fit or the base is out of range. Negative values get a leading '-' before the
// prefix, as in Python: hex(-255) == '-0xff'.
size_t FormatInt(int64_t value, IntFormat format, char* out, size_t capacity);
size_t FormatUint(uint64_t value, IntFormat format, char* out, size_t capacity);

}  // namespace mica

#endif  // MICA_RUNTIME_INT_FORMAT_H_
