#include "runtime/bigint/multiply.h"

#include "runtime/bigint/kernels.h"

namespace mica {
namespace bigint {
namespace {

size_t Min(size_t a, size_t b) {
  return a < b ? a : b;
}
size_t Max(size_t a, size_t b) {
  return a > b ? a : b;
}

void MultiplyInto(const Digit* a, size_t a_length, const Digit* b, size_t b_length, Digit* out, Digit* scratch);
void SquareInto(const Digit* a, size_t length, Digit* out, Digit* scratch);

// Scratch for a balanced Karatsuba step on operands of at most n digits, including every level below it. A step
// on n digits keeps (a0 + a1), (b0 + b1) and their product (together at most 4 * half_plus_one digits) while it
// recurses on half_plus_one digits. An unbalanced product of n by m digits (2m <= n) fits in 2m + Balanced(m),
// which is also at most Balanced(n), so this bounds every multiplication of operands up to n digits.
size_t BalancedScratch(size_t n) {
  size_t total = 0;
  while (n >= kKaratsubaThreshold) {
    const size_t half_plus_one = n - n / 2 + 1;
    total += 4 * half_plus_one;
    n = half_plus_one;
  }
  return total;
}

// out[0..a_length + b_length) = a * b, with a_length >= b_length >= 1.
void Schoolbook(const Digit* a, size_t a_length, const Digit* b, size_t b_length, Digit* out) {
  out[a_length] = MultiplyByDigit(out, a, a_length, b[0], 0);
  for (size_t j = 1; j < b_length; ++j) out[a_length + j] = MultiplyAddRow(out + j, a, a_length, b[j]);
}

// out[0..2 * length) = a * a: every cross product a[i] * a[j] (i < j) once, doubled, plus the diagonal squares.
void SchoolbookSquare(const Digit* a, size_t length, Digit* out) {
  ZeroDigits(out, 2 * length);
  for (size_t i = 0; i + 1 < length; ++i) {
    out[i + length] = MultiplyAddRow(out + 2 * i + 1, a + i + 1, length - i - 1, a[i]);
  }
  // Double (shift left by one bit) and add a[i]^2 at digit 2i, in one pass.
  Digit shifted_out = 0;
  DoubleDigit carry = 0;
  for (size_t i = 0; i < length; ++i) {
    const Digit low = out[2 * i];
    const Digit high = out[2 * i + 1];
    const DoubleDigit square = static_cast<DoubleDigit>(a[i]) * a[i];
    carry += static_cast<DoubleDigit>((low << 1) | shifted_out) + static_cast<Digit>(square);
    out[2 * i] = static_cast<Digit>(carry);
    carry = (carry >> kDigitBits) + ((high << 1) | (low >> (kDigitBits - 1))) + (square >> kDigitBits);
    out[2 * i + 1] = static_cast<Digit>(carry);
    carry >>= kDigitBits;
    shifted_out = high >> (kDigitBits - 1);
  }
}

// out[0..a_length + b_length) = a * b for any order of the lengths (both >= 1).
void MultiplyOrdered(const Digit* a, size_t a_length, const Digit* b, size_t b_length, Digit* out, Digit* scratch) {
  if (a_length >= b_length) {
    MultiplyInto(a, a_length, b, b_length, out, scratch);
  } else {
    MultiplyInto(b, b_length, a, a_length, out, scratch);
  }
}

// Subtracts `length` digits of x from the whole of z (z_length >= length); the result is known to be >= 0.
void SubtractFrom(Digit* z, size_t z_length, const Digit* x, size_t length) {
  const Digit borrow = SubtractSameLength(z, z, x, length);
  SubtractBorrow(z + length, z + length, z_length - length, borrow);
}

// out[offset..total) += z[0..z_length); the digits of z that fall beyond `total` are known to be zero.
void AddAt(Digit* out, size_t total, size_t offset, const Digit* z, size_t z_length) {
  const size_t n = Min(z_length, total - offset);
  const Digit carry = AddSameLength(out + offset, out + offset, z, n);
  AddCarry(out + offset + n, out + offset + n, total - offset - n, carry);
}

// a = a1 * B^h + a0 and b = b1 * B^h + b0 with h = a_length / 2 < b_length <= a_length:
// a * b = z2 * B^2h + z1 * B^h + z0 with z1 = (a0 + a1)(b0 + b1) - z0 - z2: three half-size products.
void KaratsubaBalanced(const Digit* a, size_t a_length, const Digit* b, size_t b_length, Digit* out, Digit* scratch) {
  const size_t h = a_length / 2;
  const size_t a1_length = a_length - h;  // >= h
  const size_t b1_length = b_length - h;  // >= 1
  const size_t total = a_length + b_length;
  MultiplyInto(a, h, b, h, out, scratch);                                  // z0 -> out[0..2h)
  MultiplyInto(a + h, a1_length, b + h, b1_length, out + 2 * h, scratch);  // z2 -> out[2h..total)

  Digit* a_sum = scratch;
  const size_t a_sum_length = a1_length + 1;
  const Digit carry = AddSameLength(a_sum, a + h, a, h);
  a_sum[a1_length] = AddCarry(a_sum + h, a + h + h, a1_length - h, carry);

  Digit* b_sum = a_sum + a_sum_length;
  const size_t b_sum_length = Max(h, b1_length) + 1;
  if (b1_length >= h) {
    const Digit c = AddSameLength(b_sum, b + h, b, h);
    b_sum[b1_length] = AddCarry(b_sum + h, b + h + h, b1_length - h, c);
  } else {
    const Digit c = AddSameLength(b_sum, b, b + h, b1_length);
    b_sum[h] = AddCarry(b_sum + b1_length, b + b1_length, h - b1_length, c);
  }

  Digit* z1 = b_sum + b_sum_length;
  const size_t z1_length = a_sum_length + b_sum_length;
  MultiplyInto(a_sum, a_sum_length, b_sum, b_sum_length, z1, z1 + z1_length);
  SubtractFrom(z1, z1_length, out, 2 * h);
  SubtractFrom(z1, z1_length, out + 2 * h, total - 2 * h);
  AddAt(out, total, h, z1, z1_length);
}

// b is at most half as long as a: a is cut into b_length-digit pieces, and each piece times b is added in at its
// offset, so every product is balanced.
void KaratsubaUnbalanced(const Digit* a, size_t a_length, const Digit* b, size_t b_length, Digit* out, Digit* scratch) {
  MultiplyInto(a, b_length, b, b_length, out, scratch);
  Digit* piece_product = scratch;
  Digit* rest = scratch + 2 * b_length;
  for (size_t offset = b_length; offset < a_length; offset += b_length) {
    const size_t piece = Min(b_length, a_length - offset);
    MultiplyOrdered(a + offset, piece, b, b_length, piece_product, rest);
    // out[offset..offset + b_length) holds the top half of the previous product; nothing is above it yet.
    const Digit carry = AddSameLength(out + offset, out + offset, piece_product, b_length);
    AddCarry(out + offset + b_length, piece_product + b_length, piece, carry);
  }
}

void MultiplyInto(const Digit* a, size_t a_length, const Digit* b, size_t b_length, Digit* out, Digit* scratch) {
  if (a == b && a_length == b_length) {
    SquareInto(a, a_length, out, scratch);
  } else if (b_length < kKaratsubaThreshold) {
    Schoolbook(a, a_length, b, b_length, out);
  } else if (2 * b_length <= a_length) {
    KaratsubaUnbalanced(a, a_length, b, b_length, out, scratch);
  } else {
    KaratsubaBalanced(a, a_length, b, b_length, out, scratch);
  }
}

// The balanced step with a == b: z1 = (a0 + a1)^2 - z0 - z2.
void SquareInto(const Digit* a, size_t length, Digit* out, Digit* scratch) {
  if (length < kKaratsubaThreshold) {
    SchoolbookSquare(a, length, out);
    return;
  }
  const size_t h = length / 2;
  const size_t a1_length = length - h;
  const size_t total = 2 * length;
  SquareInto(a, h, out, scratch);
  SquareInto(a + h, a1_length, out + 2 * h, scratch);

  Digit* a_sum = scratch;
  const size_t a_sum_length = a1_length + 1;
  const Digit carry = AddSameLength(a_sum, a + h, a, h);
  a_sum[a1_length] = AddCarry(a_sum + h, a + h + h, a1_length - h, carry);

  Digit* z1 = a_sum + a_sum_length;
  const size_t z1_length = 2 * a_sum_length;
  SquareInto(a_sum, a_sum_length, z1, z1 + z1_length);
  SubtractFrom(z1, z1_length, out, 2 * h);
  SubtractFrom(z1, z1_length, out + 2 * h, total - 2 * h);
  AddAt(out, total, h, z1, z1_length);
}

}  // namespace

size_t MulScratchDigits(size_t a_length, size_t b_length) {
  const size_t shorter = Min(a_length, b_length);
  const size_t longer = Max(a_length, b_length);
  if (shorter < kKaratsubaThreshold) return 0;
  if (2 * shorter <= longer) return 2 * shorter + BalancedScratch(shorter);
  return BalancedScratch(longer);
}

size_t MultiplyMagnitudes(const Digit* a, size_t a_length, const Digit* b, size_t b_length, Digit* out,
                          Digit* scratch) {
  if (a_length == 0 || b_length == 0) return 0;
  MultiplyOrdered(a, a_length, b, b_length, out, scratch);
  return Normalize(out, a_length + b_length);
}

BigResult Multiply(BigView a, BigView b, Digit* out, Digit* scratch) {
  return MakeResult(MultiplyMagnitudes(a.digits, a.length, b.digits, b.length, out, scratch), a.negative != b.negative);
}

}  // namespace bigint
}  // namespace mica
