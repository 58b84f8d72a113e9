// &, |, ^ and ~ with Python's semantics: ints behave as two's complement numbers with infinitely many sign bits,
// so -1 is all ones, ~a == -a - 1, and -4 & 7 == 4. Negative operands are converted digit by digit on the fly;
// nothing is materialised.
#ifndef MICA_RUNTIME_BIGINT_BITWISE_H_
#define MICA_RUNTIME_BIGINT_BITWISE_H_

#include <stddef.h>

#include "runtime/bigint/digits.h"

namespace mica {
namespace bigint {

// Digits And, Or and Xor may write.
inline size_t BitwiseDigits(size_t a_length, size_t b_length) {
  return (a_length > b_length ? a_length : b_length) + 1;
}

// Digits Invert may write.
inline size_t InvertDigits(size_t a_length) {
  return (a_length > 1 ? a_length : 1) + 1;
}

BigResult And(BigView a, BigView b, Digit* out);
BigResult Or(BigView a, BigView b, Digit* out);
BigResult Xor(BigView a, BigView b, Digit* out);

// ~a == -(a + 1). `out` may be a.digits (exact overlap).
BigResult Invert(BigView a, Digit* out);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_BITWISE_H_
