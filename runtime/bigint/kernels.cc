#include "runtime/bigint/kernels.h"

namespace mica {
namespace bigint {

Digit AddSameLength(Digit* out, const Digit* a, const Digit* b, size_t n) {
  DoubleDigit carry = 0;
  for (size_t i = 0; i < n; ++i) {
    carry += static_cast<DoubleDigit>(a[i]) + b[i];
    out[i] = static_cast<Digit>(carry);
    carry >>= kDigitBits;
  }
  return static_cast<Digit>(carry);
}

Digit AddCarry(Digit* out, const Digit* a, size_t n, Digit carry) {
  size_t i = 0;
  for (; i < n && carry != 0; ++i) {
    const Digit sum = a[i] + carry;
    carry = sum < carry ? 1 : 0;
    out[i] = sum;
  }
  if (out != a) CopyDigits(out + i, a + i, n - i);
  return carry;
}

Digit SubtractSameLength(Digit* out, const Digit* a, const Digit* b, size_t n) {
  Digit borrow = 0;
  for (size_t i = 0; i < n; ++i) {
    // A negative difference wraps around in the double digit, which sets its top bit.
    const DoubleDigit difference = static_cast<DoubleDigit>(a[i]) - b[i] - borrow;
    out[i] = static_cast<Digit>(difference);
    borrow = static_cast<Digit>(difference >> (2 * kDigitBits - 1));
  }
  return borrow;
}

Digit SubtractBorrow(Digit* out, const Digit* a, size_t n, Digit borrow) {
  size_t i = 0;
  for (; i < n && borrow != 0; ++i) {
    const Digit x = a[i];
    out[i] = x - borrow;
    borrow = x < borrow ? 1 : 0;
  }
  if (out != a) CopyDigits(out + i, a + i, n - i);
  return borrow;
}

Digit MultiplyByDigit(Digit* out, const Digit* a, size_t n, Digit m, Digit add) {
  DoubleDigit carry = add;
  for (size_t i = 0; i < n; ++i) {
    carry += static_cast<DoubleDigit>(a[i]) * m;
    out[i] = static_cast<Digit>(carry);
    carry >>= kDigitBits;
  }
  return static_cast<Digit>(carry);
}

Digit MultiplyAddRow(Digit* out, const Digit* a, size_t n, Digit m) {
  // (2^32-1)^2 + 2 * (2^32-1) == 2^64-1: the product plus two digits never overflows a DoubleDigit.
  DoubleDigit carry = 0;
  for (size_t i = 0; i < n; ++i) {
    carry += static_cast<DoubleDigit>(a[i]) * m + out[i];
    out[i] = static_cast<Digit>(carry);
    carry >>= kDigitBits;
  }
  return static_cast<Digit>(carry);
}

Digit MultiplySubtractRow(Digit* out, const Digit* a, size_t n, Digit m) {
  // `carry` holds the high half of the running product plus the borrow of the subtraction. It stays below 2^32:
  // the high half reaches 2^32-1 only when the low half is 0, which cannot borrow.
  Digit carry = 0;
  for (size_t i = 0; i < n; ++i) {
    const DoubleDigit product = static_cast<DoubleDigit>(a[i]) * m + carry;
    const Digit low = static_cast<Digit>(product);
    carry = static_cast<Digit>(product >> kDigitBits);
    const Digit x = out[i];
    out[i] = x - low;
    carry += x < low ? 1 : 0;
  }
  return carry;
}

Digit DivideByDigit(Digit* quotient, const Digit* a, size_t n, const DigitDivisor& divisor) {
  // Divides a * 2^shift by the normalised divisor: the quotient is the same and the remainder is shifted, so the
  // digits of a are fed in shifted on the fly and the remainder is shifted back at the end.
  const unsigned shift = divisor.shift;
  if (n == 0) return 0;
  Digit remainder = 0;
  if (shift == 0) {
    for (size_t i = n; i-- > 0;) quotient[i] = DivideTwoDigits(remainder, a[i], divisor, &remainder);
    return remainder;
  }
  const unsigned back = kDigitBits - shift;
  remainder = a[n - 1] >> back;  // below 2^shift <= the normalised divisor
  for (size_t i = n - 1; i > 0; --i) {
    const Digit low = (a[i] << shift) | (a[i - 1] >> back);
    quotient[i] = DivideTwoDigits(remainder, low, divisor, &remainder);
  }
  quotient[0] = DivideTwoDigits(remainder, a[0] << shift, divisor, &remainder);
  return remainder >> shift;
}

Digit ShiftLeftBits(Digit* out, const Digit* a, size_t n, unsigned shift) {
  if (n == 0) return 0;
  if (shift == 0) {  // a shift by kDigitBits below would be undefined
    if (out != a) {
      for (size_t i = n; i-- > 0;) out[i] = a[i];
    }
    return 0;
  }
  const unsigned back = kDigitBits - shift;
  const Digit shifted_out = a[n - 1] >> back;
  for (size_t i = n - 1; i > 0; --i) out[i] = (a[i] << shift) | (a[i - 1] >> back);
  out[0] = a[0] << shift;
  return shifted_out;
}

Digit ShiftRightBits(Digit* out, const Digit* a, size_t n, unsigned shift, Digit fill) {
  if (n == 0) return 0;
  if (shift == 0) {
    if (out != a) {
      for (size_t i = 0; i < n; ++i) out[i] = a[i];
    }
    return 0;
  }
  const unsigned back = kDigitBits - shift;
  const Digit shifted_out = a[0] << back;
  for (size_t i = 0; i + 1 < n; ++i) out[i] = (a[i] >> shift) | (a[i + 1] << back);
  out[n - 1] = (a[n - 1] >> shift) | (fill << back);
  return shifted_out;
}

}  // namespace bigint
}  // namespace mica
