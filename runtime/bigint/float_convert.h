// Conversion between bigints and IEEE-754 binary64 doubles: int(x) truncates, float(a) rounds correctly (to
// nearest, ties to even), exactly as CPython does. Works on the bits, so it needs no libm and gives the same
// answer on boards whose double arithmetic is done in software.
#ifndef MICA_RUNTIME_BIGINT_FLOAT_CONVERT_H_
#define MICA_RUNTIME_BIGINT_FLOAT_CONVERT_H_

#include <stddef.h>

#include "runtime/bigint/digits.h"

namespace mica {
namespace bigint {

// Digits int(value) occupies (0 for |value| < 1 and for infinities and NaN).
size_t FromDoubleDigits(double value);

// Digits the largest finite double occupies: FromDoubleDigits never returns more.
constexpr size_t kMaxDoubleDigits = 1024 / kDigitBits;

// int(value): truncates towards zero. kOverflow for an infinity (OverflowError), kInvalid for NaN (ValueError).
Status FromDouble(double value, Digit* out, BigResult* result);

// float(a), correctly rounded. kOverflow when the rounded value is 2**1024 or more (OverflowError).
Status ToDouble(BigView a, double* out);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_FLOAT_CONVERT_H_
