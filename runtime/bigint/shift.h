// Shifts with Python semantics: a << n == a * 2**n, and a >> n == floor(a / 2**n), so negative values round
// towards minus infinity (-1 >> 100 == -1). Shift counts are unsigned: the int object raises ValueError for
// negative counts, and a count beyond uint64 can only shift right (pass UINT64_MAX).
#ifndef MICA_RUNTIME_BIGINT_SHIFT_H_
#define MICA_RUNTIME_BIGINT_SHIFT_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/bigint/digits.h"

namespace mica {
namespace bigint {

// Digits a << shift may occupy; SIZE_MAX when that does not fit a size_t (the int object raises then).
size_t ShiftLeftDigits(size_t a_length, uint64_t shift);

// Digits a >> shift may occupy (flooring a negative value can carry into one more digit).
size_t ShiftRightDigits(size_t a_length, uint64_t shift);

// a << shift into ShiftLeftDigits(a.length, shift) digits, which the caller has checked is not SIZE_MAX.
BigResult ShiftLeft(BigView a, uint64_t shift, Digit* out);

// a >> shift into ShiftRightDigits(a.length, shift) digits.
BigResult ShiftRight(BigView a, uint64_t shift, Digit* out);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_SHIFT_H_
