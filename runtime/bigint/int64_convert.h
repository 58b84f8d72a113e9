// Conversion between bigints and 64-bit machine integers, with overflow detection (the int object's fast paths,
// and __index__ users like range() and slicing).
#ifndef MICA_RUNTIME_BIGINT_INT64_CONVERT_H_
#define MICA_RUNTIME_BIGINT_INT64_CONVERT_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/bigint/digits.h"

namespace mica {
namespace bigint {

// Digits any 64-bit value occupies at most.
constexpr size_t kInt64Digits = 64 / kDigitBits;

BigResult FromInt64(int64_t value, Digit* out);
size_t FromUint64(uint64_t value, Digit* out);

// kOverflow when a is outside [INT64_MIN, INT64_MAX]; *out is untouched then.
Status ToInt64(BigView a, int64_t* out);

// kOverflow when a is negative or at least 2**64.
Status ToUint64(BigView a, uint64_t* out);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_INT64_CONVERT_H_
