#include "runtime/bigint/bitwise.h"

#include "runtime/bigint/add_subtract.h"
#include "runtime/bigint/kernels.h"

namespace mica {
namespace bigint {
namespace {

// Yields the digits of a signed value in two's complement, low digit first, then its sign extension forever.
// For a negative value that is ~(|a| - 1), computed as ~|a| + 1 with a running carry.
class TwosComplementDigits {
 public:
  explicit TwosComplementDigits(BigView a) : a_(a), carry_(a.negative ? 1 : 0) {}

  Digit Next(size_t i) {
    const Digit magnitude = i < a_.length ? a_.digits[i] : 0;
    if (!a_.negative) return magnitude;
    const Digit inverted = ~magnitude;
    const Digit digit = inverted + carry_;
    carry_ = digit < carry_ ? 1 : 0;
    return digit;
  }

 private:
  BigView a_;
  Digit carry_;
};

// kBoundedByNonnegative: a nonnegative operand has only zero digits above its length, which clear the result's.
struct AndOp {
  static constexpr bool kBoundedByNonnegative = true;
  static Digit Apply(Digit x, Digit y) { return x & y; }
  static bool Negative(bool x, bool y) { return x && y; }
};
struct OrOp {
  static constexpr bool kBoundedByNonnegative = false;
  static Digit Apply(Digit x, Digit y) { return x | y; }
  static bool Negative(bool x, bool y) { return x || y; }
};
struct XorOp {
  static constexpr bool kBoundedByNonnegative = false;
  static Digit Apply(Digit x, Digit y) { return x ^ y; }
  static bool Negative(bool x, bool y) { return x != y; }
};

template <typename Op>
BigResult Bitwise(BigView a, BigView b, Digit* out) {
  const bool negative = Op::Negative(a.negative, b.negative);
  // Beyond both operands every digit is the sign extension, so the result is decided within the longer one.
  size_t length = a.length > b.length ? a.length : b.length;
  if (Op::kBoundedByNonnegative) {
    if (!a.negative && a.length < length) length = a.length;
    if (!b.negative && b.length < length) length = b.length;
  }
  TwosComplementDigits x(a);
  TwosComplementDigits y(b);
  Digit carry = negative ? 1 : 0;  // converting a negative result back: |r| = ~r + 1
  for (size_t i = 0; i < length; ++i) {
    Digit digit = Op::Apply(x.Next(i), y.Next(i));
    if (negative) {
      digit = ~digit + carry;
      carry = (digit < carry) ? 1 : 0;
    }
    out[i] = digit;
  }
  if (negative) {
    // The sign extension above `length` is all ones, which converts to carry; it is 1 only when the low digits
    // were all zero, as in -2**32 | 0 == -2**32.
    out[length] = carry;
    length += carry;
  }
  return MakeResult(Normalize(out, length), negative);
}

constexpr Digit kOne = 1;

}  // namespace

BigResult And(BigView a, BigView b, Digit* out) {
  return Bitwise<AndOp>(a, b, out);
}
BigResult Or(BigView a, BigView b, Digit* out) {
  return Bitwise<OrOp>(a, b, out);
}
BigResult Xor(BigView a, BigView b, Digit* out) {
  return Bitwise<XorOp>(a, b, out);
}

BigResult Invert(BigView a, Digit* out) {
  if (a.negative) {
    // ~(-x) == x - 1
    return MakeResult(SubtractMagnitudes(a.digits, a.length, &kOne, 1, out), false);
  }
  // ~x == -(x + 1)
  return MakeResult(AddMagnitudes(a.digits, a.length, &kOne, 1, out), true);
}

}  // namespace bigint
}  // namespace mica
