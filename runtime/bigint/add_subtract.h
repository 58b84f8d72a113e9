// Addition and subtraction of magnitudes and of signed values.
//
// Every output here may be the same buffer as either input (exact overlap), so `a += b` can work in place when
// the buffer is large enough.
#ifndef MICA_RUNTIME_BIGINT_ADD_SUBTRACT_H_
#define MICA_RUNTIME_BIGINT_ADD_SUBTRACT_H_

#include <stddef.h>

#include "runtime/bigint/digits.h"

namespace mica {
namespace bigint {

// Digits Add and Subtract (and AddMagnitudes) may write: one more than the longer operand.
inline size_t AddDigits(size_t a_length, size_t b_length) {
  return (a_length > b_length ? a_length : b_length) + 1;
}

// out = |a| + |b|; returns the normalised length.
size_t AddMagnitudes(const Digit* a, size_t a_length, const Digit* b, size_t b_length, Digit* out);

// out = |a| - |b|, which requires |a| >= |b|; out needs a_length digits. Returns the normalised length.
size_t SubtractMagnitudes(const Digit* a, size_t a_length, const Digit* b, size_t b_length, Digit* out);

// a + b and a - b, into AddDigits(a.length, b.length) digits.
BigResult Add(BigView a, BigView b, Digit* out);
BigResult Subtract(BigView a, BigView b, Digit* out);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_ADD_SUBTRACT_H_
