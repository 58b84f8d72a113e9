#include "runtime/bigint/shift.h"

#include "runtime/bigint/kernels.h"

namespace mica {
namespace bigint {

size_t ShiftLeftDigits(size_t a_length, uint64_t shift) {
  const uint64_t digits = shift / kDigitBits + 1;
  if (digits > SIZE_MAX - a_length) return SIZE_MAX;
  return a_length + static_cast<size_t>(digits);
}

size_t ShiftRightDigits(size_t a_length, uint64_t shift) {
  const uint64_t dropped = shift / kDigitBits;
  return dropped < a_length ? a_length - static_cast<size_t>(dropped) + 1 : 1;
}

BigResult ShiftLeft(BigView a, uint64_t shift, Digit* out) {
  if (a.length == 0) return MakeResult(0, false);
  const size_t whole = static_cast<size_t>(shift / kDigitBits);
  const unsigned bits = static_cast<unsigned>(shift % kDigitBits);
  ZeroDigits(out, whole);
  out[whole + a.length] = ShiftLeftBits(out + whole, a.digits, a.length, bits);
  return MakeResult(Normalize(out, whole + a.length + 1), a.negative);
}

BigResult ShiftRight(BigView a, uint64_t shift, Digit* out) {
  const uint64_t whole = shift / kDigitBits;
  const unsigned bits = static_cast<unsigned>(shift % kDigitBits);
  if (whole >= a.length) {
    // Every bit is shifted out: 0 for a >= 0, and floor rounds any negative value down to -1.
    if (!a.negative) return MakeResult(0, false);
    out[0] = 1;
    return MakeResult(1, true);
  }
  const size_t skip = static_cast<size_t>(whole);
  const size_t length = a.length - skip;
  const Digit lost_bits = ShiftRightBits(out, a.digits + skip, length, bits, 0);
  size_t result_length = Normalize(out, length);
  if (a.negative) {
    // floor(-x / 2^n) == -ceil(x / 2^n): round the magnitude up when any 1 bit was shifted out.
    bool inexact = lost_bits != 0;
    for (size_t i = 0; i < skip && !inexact; ++i) inexact = a.digits[i] != 0;
    if (inexact) {
      const Digit carry = AddCarry(out, out, result_length, 1);
      out[result_length] = carry;
      result_length += carry;
    }
  }
  return MakeResult(result_length, a.negative);
}

}  // namespace bigint
}  // namespace mica
