// Conversion between bigints and mica::Float (binary64 or binary32, runtime/float_type.h): int(x) truncates,
// float(a) rounds correctly (to nearest, ties to even), exactly as CPython does. Works on the bits, so it needs no
// libm and gives the same answer on boards whose floating point is done in software.
#ifndef MICA_RUNTIME_BIGINT_FLOAT_CONVERT_H_
#define MICA_RUNTIME_BIGINT_FLOAT_CONVERT_H_

#include <stddef.h>

#include "runtime/bigint/digits.h"
#include "runtime/float_type.h"

namespace mica {
namespace bigint {

// Digits int(value) occupies (0 for |value| < 1 and for infinities and NaN).
size_t FromFloatDigits(Float value);

// Digits the largest finite Float occupies: FromFloatDigits never returns more.
constexpr size_t kMaxFloatDigits = (kFloatMaxExponent + 1) / kDigitBits;

// int(value): truncates towards zero. kOverflow for an infinity (OverflowError), kInvalid for NaN (ValueError).
Status FromFloat(Float value, Digit* out, BigResult* result);

// float(a), correctly rounded. kOverflow when the rounded value is 2**1024 (2**128 for binary32) or more
// (OverflowError).
Status ToFloat(BigView a, Float* out);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_FLOAT_CONVERT_H_
