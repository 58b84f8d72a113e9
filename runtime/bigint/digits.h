// The representation every bigint function shares: a magnitude is a little-endian array of Digits, and a signed
// value is a (negative flag, magnitude) pair.
//
// Contract for the whole library (runtime/bigint/*.h):
// - Nothing allocates. Every function writes into caller-provided buffers whose required size comes from a
//   companion size function (`...Digits`, `...Chars`), and returns the normalised length of what it wrote.
// - A normalised magnitude has no leading zero digit; zero is the empty array (length 0). Inputs must be
//   normalised, except where a function says otherwise. Zero is never negative.
// - Output buffers never overlap inputs unless the function says so.
// - Fallible functions return a Status; the Python int object maps it to the matching exception.
#ifndef MICA_RUNTIME_BIGINT_DIGITS_H_
#define MICA_RUNTIME_BIGINT_DIGITS_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {
namespace bigint {

// 32-bit digits with a 64-bit double digit on every target. Each supported core multiplies 32x32->64 in hardware
// (x86-64 `mul`, ARM `umull`, RISC-V `mul`+`mulhu`; only lx106 lacks the high half and pays a libgcc call), so a
// 32-bit digit does four times the work of a 16-bit one per multiply, and a full-width digit (unlike CPython's
// 30-bit one) makes shifts, bitwise operations, bytes and float conversion plain bit copies. It is one choice for
// every target, not a build option (only this width is tested); code names it kDigitBits, never 32.
using Digit = uint32_t;
using DoubleDigit = uint64_t;
constexpr unsigned kDigitBits = 32;
constexpr Digit kDigitMax = 0xFFFFFFFFu;
static_assert(sizeof(Digit) * 8 == kDigitBits && sizeof(DoubleDigit) == 2 * sizeof(Digit), "digit widths");

// A read-only signed integer. `digits` may be null when `length` is 0.
struct BigView {
  const Digit* digits;
  size_t length;
  bool negative;
};

// What a signed operation wrote into its output buffer.
struct BigResult {
  size_t length;
  bool negative;
};

enum class Status : uint8_t {
  kOk = 0,
  kOverflow,      // the value does not fit the destination (OverflowError)
  kInvalid,       // malformed input: bad text or base, NaN, negative exponent (ValueError)
  kZeroDivision,  // division or modulo by zero (ZeroDivisionError; pow(a, b, 0) is a ValueError)
};

// The length of digits[0..length) without its leading zero digits.
inline size_t Normalize(const Digit* digits, size_t length) {
  while (length > 0 && digits[length - 1] == 0) --length;
  return length;
}

// A signed result with "zero is never negative" applied.
inline BigResult MakeResult(size_t length, bool negative) {
  return BigResult{length, negative && length != 0};
}

// Number of bits of the magnitude, without sign: int.bit_length(). 64-bit because length * 32 may not fit a
// 32-bit size_t.
uint64_t BitLength(const Digit* digits, size_t length);

// Number of leading zero bits of a nonzero digit.
unsigned CountLeadingZeros(Digit digit);

// Copies count digits (memcpy; the ranges must not overlap) and fills count digits with zero.
void CopyDigits(Digit* out, const Digit* from, size_t count);
void ZeroDigits(Digit* out, size_t count);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_DIGITS_H_
