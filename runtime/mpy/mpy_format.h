// The .mpy file format's constants, shared by the writer (compiler/mpy, host) and the loader (runtime/mpy).
// docs/mpy-format.md is the specification; a change that alters what a file means bumps kMpyFormatVersion.
#ifndef MICA_RUNTIME_MPY_MPY_FORMAT_H_
#define MICA_RUNTIME_MPY_MPY_FORMAT_H_

#include <stdint.h>

namespace mica {
namespace mpy {

constexpr uint8_t kMagic[4] = {'M', 'i', 'c', 'a'};
constexpr uint8_t kFormatVersion = 1;
constexpr uint32_t kHeaderBytes = 8;  // magic, format version, bytecode version, small-int bits, feature flags

// Header byte 7: what the file's constants assume of the build that runs them. A loader rejects any bit it does
// not know.
// Bit 0: str constants are bytes-like (written by a --//toolchains:strings=bytes compiler). They may hold any
// bytes, so a unicode build, whose str must be UTF-8, refuses the file; a bytes build loads either kind.
constexpr uint8_t kFeatureBytesStr = 1 << 0;
constexpr uint8_t kKnownFeatureFlags = kFeatureBytesStr;

// The small-int width mpy-cross compiles for by default: the narrowest target's (31 bits on 32-bit boards), so
// one file runs everywhere. A loader accepts files whose width is at most its own.
constexpr uint8_t kPortableSmallIntBits = 31;

// Deepest nesting of code records and of tuple constants the loader follows (the compiler's own limit on
// nested blocks is 200); deeper files are rejected rather than recursing without bound on a small C stack.
constexpr uint32_t kMaxNesting = 200;

// Constant-pool entry tags.
enum class ConstTag : uint8_t {
  kNone = 0,
  kFalse = 1,
  kTrue = 2,
  kEllipsis = 3,
  kSmallInt = 4,  // zigzag varint (64-bit)
  kBigInt = 5,    // u8 base (2, 8, 10, 16), then a string of digits, an optional leading '-'
  kFloat = 6,     // 8 bytes: IEEE 754 binary64, little-endian
  kComplex = 7,   // 16 bytes: real then imaginary part, each as kFloat
  kStr = 8,       // string (UTF-8, or any bytes under kFeatureBytesStr)
  kBytes = 9,     // string (any bytes)
  kName = 10,     // string (UTF-8): re-interned at load
  kTuple = 11,    // varint count, then that many entries
};

}  // namespace mpy
}  // namespace mica

#endif  // MICA_RUNTIME_MPY_MPY_FORMAT_H_
