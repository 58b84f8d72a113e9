#include "runtime/bigint/add_subtract.h"

#include "runtime/bigint/compare.h"
#include "runtime/bigint/kernels.h"

namespace mica {
namespace bigint {

size_t AddMagnitudes(const Digit* a, size_t a_length, const Digit* b, size_t b_length, Digit* out) {
  if (a_length < b_length) {
    const Digit* t = a;
    a = b;
    b = t;
    const size_t n = a_length;
    a_length = b_length;
    b_length = n;
  }
  Digit carry = AddSameLength(out, a, b, b_length);
  carry = AddCarry(out + b_length, a + b_length, a_length - b_length, carry);
  out[a_length] = carry;
  return a_length + carry;
}

size_t SubtractMagnitudes(const Digit* a, size_t a_length, const Digit* b, size_t b_length, Digit* out) {
  const Digit borrow = SubtractSameLength(out, a, b, b_length);
  SubtractBorrow(out + b_length, a + b_length, a_length - b_length, borrow);
  return Normalize(out, a_length);
}

namespace {

// a + b where b carries the sign `b_negative` (flipped for subtraction).
BigResult AddSigned(BigView a, const Digit* b, size_t b_length, bool b_negative, Digit* out) {
  if (a.negative == b_negative) {
    return MakeResult(AddMagnitudes(a.digits, a.length, b, b_length, out), a.negative);
  }
  // Opposite signs: subtract the smaller magnitude from the larger, which lends the result its sign.
  if (CompareMagnitudes(a.digits, a.length, b, b_length) >= 0) {
    return MakeResult(SubtractMagnitudes(a.digits, a.length, b, b_length, out), a.negative);
  }
  return MakeResult(SubtractMagnitudes(b, b_length, a.digits, a.length, out), b_negative);
}

}  // namespace

BigResult Add(BigView a, BigView b, Digit* out) {
  return AddSigned(a, b.digits, b.length, b.negative, out);
}

BigResult Subtract(BigView a, BigView b, Digit* out) {
  return AddSigned(a, b.digits, b.length, !b.negative && b.length != 0, out);
}

}  // namespace bigint
}  // namespace mica
