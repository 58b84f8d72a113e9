// Multiplication: schoolbook below a threshold, Karatsuba above it, and a dedicated squaring path (used whenever
// both operands are the same array) that does about half the digit products.
#ifndef MICA_RUNTIME_BIGINT_MULTIPLY_H_
#define MICA_RUNTIME_BIGINT_MULTIPLY_H_

#include <stddef.h>

#include "runtime/bigint/digits.h"

namespace mica {
namespace bigint {

// Operands at least this long (the shorter one) are split Karatsuba-style; shorter ones use schoolbook.
constexpr size_t kKaratsubaThreshold = 40;

// Digits the product may occupy.
inline size_t MulDigits(size_t a_length, size_t b_length) {
  return a_length + b_length;
}

// Scratch digits the multiplication needs: 0 below the Karatsuba threshold, about 4 * max(a, b) above it.
size_t MulScratchDigits(size_t a_length, size_t b_length);

// out = |a| * |b| into MulDigits(a_length, b_length) digits; returns the normalised length. When a and b are the
// same pointer and length the square is computed. Neither operand needs to be normalised.
size_t MultiplyMagnitudes(const Digit* a, size_t a_length, const Digit* b, size_t b_length, Digit* out, Digit* scratch);

// a * b, with out and scratch sized as above.
BigResult Multiply(BigView a, BigView b, Digit* out, Digit* scratch);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_MULTIPLY_H_
