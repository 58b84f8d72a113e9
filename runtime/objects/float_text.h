// Exact conversions between mica::Float (binary64 or binary32, runtime/float_type.h) and decimal text, without
// libc's printf/strtod (the core has no stdio):
//
// - shortest round-tripping digits (Burger & Dybvig's free-format algorithm on exact big integers), which give
//   repr(0.1) == '0.1' and repr(1e22) == '1e+22' exactly as CPython (for binary32, the shortest text that reads
//   back as the same binary32: repr(1/3) == '0.33333334');
// - correctly rounded fixed-count digits (round half to even on the exact binary value) for %e %f %g, format()
//   and round(x, n);
// - correctly rounded parsing (Clinger's fast path, else exact big-integer division).
//
// No heap is needed except by ParseFloat's slow path on very long or extreme inputs.
#ifndef MICA_RUNTIME_OBJECTS_FLOAT_TEXT_H_
#define MICA_RUNTIME_OBJECTS_FLOAT_TEXT_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/float_type.h"

namespace mica {

// Most significant digits a Float can need exactly (4.9e-324 has 751); FloatDigits never writes more.
constexpr size_t kMaxDecimalDigits = 770;

// Longest text FormatFloatRepr writes: "-2.2250738585072014e-308".
constexpr size_t kMaxFloatRepr = 32;

// The shortest decimal digits that read back as `value` (finite, > 0): writes them (no leading or trailing
// zeros) to digits[0..FloatLayout::kShortestDigits) and returns their count; *decimal_point says where the point goes: value =
// 0.d1d2... * 10**decimal_point.
int ShortestDigits(Float value, char* digits, int* decimal_point);

enum class DigitMode : uint8_t {
  kSignificant,  // `count` significant digits (count >= 1)
  kFraction,     // digits up to `count` places after the decimal point (count may be negative: round to tens)
};

// Correctly rounded digits of `value` (finite, > 0) into digits[0..capacity), without trailing zeros (the caller
// pads): returns the count written (0 when the value rounds to zero in kFraction mode), and *decimal_point as
// above. Digits beyond capacity are rounded away.
int FloatDigits(Float value, DigitMode mode, int count, char* digits, size_t capacity, int* decimal_point);

// repr(value) / str(value): "0.1", "1e+16", "1.5e-07", "inf", "-inf", "nan", "-0.0", "100.0". Returns the length.
size_t FormatFloatRepr(Float value, char* out, size_t capacity);

// One C-style conversion, for %-formatting and format(): type 'e', 'E', 'f', 'F', 'g', 'G', '%' or 'r' (the
// repr form), and 0 for format()'s "no type with a precision" ('g'-like but always with a '.0' or exponent).
// `alternate` is '#'. Writes the number without sign padding: a leading '-' for negative values only. Returns
// the length, or 0 if capacity is too small. The text can be long ('%.300f' % 1e300): size the buffer with
// FloatTextBound.
size_t FormatFloat(Float value, char type, int precision, bool alternate, char* out, size_t capacity);
size_t FloatTextBound(Float value, char type, int precision);

// Parses Python float syntax (surrounding whitespace, sign, digits with single underscores between them, '.',
// exponent, inf/infinity/nan in any case) from text[0..length). Returns 1 and *out on success, 0 for text float()
// rejects, -1 when the exact slow path could not get its scratch memory (MemoryError is pending).
int ParseFloat(const char* text, size_t length, Float* out);

// round(value, ndigits) with correct decimal rounding (half to even on the exact value), as CPython. Returns 1
// and *out, or -1 with MemoryError pending (the exact slow path's scratch).
int RoundFloat(Float value, int ndigits, Float* out);

// The correctly rounded Float of (mantissa + sticky) * 2**exponent, where sticky means "plus a nonzero amount
// below the last bit" (mantissa nonzero). Overflows to infinity, underflows to zero, rounds half to even.
Float ComposeFloat(uint64_t mantissa, int64_t exponent, bool sticky);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_FLOAT_TEXT_H_
