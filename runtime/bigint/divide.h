// Division: Knuth's algorithm D (TAOCP vol. 2, 4.3.1) on magnitudes, a single-digit fast path, and Python's
// floor semantics for signed values (the quotient rounds towards minus infinity, the remainder takes the sign of
// the divisor: divmod(-7, 2) == (-4, 1), divmod(7, -2) == (-4, -1)).
#ifndef MICA_RUNTIME_BIGINT_DIVIDE_H_
#define MICA_RUNTIME_BIGINT_DIVIDE_H_

#include <stddef.h>

#include "runtime/bigint/digits.h"

namespace mica {
namespace bigint {

// Digits the floor quotient may occupy (one more than the truncated quotient: flooring can carry).
inline size_t QuotientDigits(size_t a_length, size_t b_length) {
  return a_length >= b_length ? a_length - b_length + 2 : 1;
}

// Digits the remainder may occupy.
inline size_t RemainderDigits(size_t /*a_length*/, size_t b_length) {
  return b_length;
}

// Scratch digits a division needs: a normalised copy of both operands.
inline size_t DivScratchDigits(size_t a_length, size_t b_length) {
  return a_length + b_length + 1;
}

struct DivLengths {
  size_t quotient;
  size_t remainder;
};

// Truncating division of magnitudes, |b| nonzero. `quotient` (a_length - b_length + 1 digits, at least 1) and
// `remainder` (b_length digits) may each be null when not wanted; the lengths are returned either way, so the
// remainder length also says whether the division was exact.
DivLengths DivideMagnitudes(const Digit* a, size_t a_length, const Digit* b, size_t b_length, Digit* quotient,
                            Digit* remainder, Digit* scratch);

// Python's divmod(a, b): a // b into `quotient` (QuotientDigits) and a % b into `remainder` (RemainderDigits),
// either of which may be null. Returns kZeroDivision when b is zero, and then writes nothing.
Status DivMod(BigView a, BigView b, Digit* quotient, Digit* remainder, Digit* scratch, BigResult* quotient_result,
              BigResult* remainder_result);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_DIVIDE_H_
