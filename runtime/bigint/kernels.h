// The inner loops every bigint operation is built from. Internal to runtime/bigint/.
//
// Each works on raw digit ranges of a given length (no normalisation, no size checks) and returns the carry or
// borrow out of the top. `out` may be the same pointer as an input (element i is read before it is written), but
// ranges must not otherwise overlap.
#ifndef MICA_RUNTIME_BIGINT_KERNELS_H_
#define MICA_RUNTIME_BIGINT_KERNELS_H_

#include <stddef.h>

#include "runtime/bigint/digits.h"

namespace mica {
namespace bigint {

// out = a + b over n digits; returns the carry (0 or 1).
Digit AddSameLength(Digit* out, const Digit* a, const Digit* b, size_t n);

// out = a + carry over n digits; returns the carry out. Stops copying early when out == a and the carry is 0.
Digit AddCarry(Digit* out, const Digit* a, size_t n, Digit carry);

// out = a - b over n digits; returns the borrow (0 or 1).
Digit SubtractSameLength(Digit* out, const Digit* a, const Digit* b, size_t n);

// out = a - borrow over n digits; returns the borrow out.
Digit SubtractBorrow(Digit* out, const Digit* a, size_t n, Digit borrow);

// out = a * m + add over n digits; returns the top digit of the product.
Digit MultiplyByDigit(Digit* out, const Digit* a, size_t n, Digit m, Digit add);

// out += a * m over n digits; returns the digit that carries into out[n]. The schoolbook row.
Digit MultiplyAddRow(Digit* out, const Digit* a, size_t n, Digit m);

// out -= a * m over n digits; returns the digit to subtract from out[n]. Knuth's step D4.
Digit MultiplySubtractRow(Digit* out, const Digit* a, size_t n, Digit m);

// A single-digit divisor prepared for division by multiplication (Moller and Granlund, "Improved division by
// invariant integers", IEEE Trans. Computers, 2011). The 32-bit cores have no 64-by-32-bit divide instruction, so
// a plain DoubleDigit division is a libgcc call of a hundred cycles or more in the innermost loop of text
// conversion; this costs two multiplications and a few additions on every target.
struct DigitDivisor {
  Digit normalized;  // the divisor shifted left until its top bit is set
  Digit inverse;     // floor((B^2 - 1) / normalized) - B, where B = 2^kDigitBits
  unsigned shift;    // how far it was shifted
};

// d must be nonzero. constexpr, so constant divisors (10**9) are prepared at compile time.
constexpr DigitDivisor PrepareDivisor(Digit d) {
  unsigned shift = 0;
  while ((d << shift) >> (kDigitBits - 1) == 0) ++shift;
  const Digit normalized = d << shift;
  // floor((B^2 - 1) / n) - B == floor(((B - 1 - n) * B + B - 1) / n), and that quotient fits a digit.
  const DoubleDigit numerator = (static_cast<DoubleDigit>(static_cast<Digit>(~normalized)) << kDigitBits) | kDigitMax;
  return DigitDivisor{normalized, static_cast<Digit>(numerator / normalized), shift};
}

// Divides the two-digit number (high, low) by divisor.normalized, which requires high < divisor.normalized;
// returns the quotient digit and stores the remainder.
inline Digit DivideTwoDigits(Digit high, Digit low, const DigitDivisor& divisor, Digit* remainder) {
  const Digit d = divisor.normalized;
  // Wrapping modulo B^2 in the sum is part of the algorithm.
  const DoubleDigit estimate =
      static_cast<DoubleDigit>(divisor.inverse) * high + ((static_cast<DoubleDigit>(high + 1) << kDigitBits) | low);
  Digit quotient = static_cast<Digit>(estimate >> kDigitBits);
  Digit r = low - quotient * d;
  if (r > static_cast<Digit>(estimate)) {  // the estimate was one too large
    --quotient;
    r += d;
  }
  if (r >= d) {  // or, rarely, one too small
    ++quotient;
    r -= d;
  }
  *remainder = r;
  return quotient;
}

// quotient = a / divisor over n digits (most significant first); returns the remainder. quotient may be a.
Digit DivideByDigit(Digit* quotient, const Digit* a, size_t n, const DigitDivisor& divisor);

// out = a << shift over n digits, 0 <= shift < kDigitBits; returns the bits shifted out of the top. Runs from
// the top down, so out may also lie above a in the same buffer.
Digit ShiftLeftBits(Digit* out, const Digit* a, size_t n, unsigned shift);

// out = a >> shift over n digits, 0 <= shift < kDigitBits, with `fill` supplying the bits shifted in at the top
// (the low digit above a[n - 1]); returns the bits shifted out of the bottom, in the high bits of the result.
// Runs from the bottom up, so out may also lie below a in the same buffer.
Digit ShiftRightBits(Digit* out, const Digit* a, size_t n, unsigned shift, Digit fill);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_KERNELS_H_
