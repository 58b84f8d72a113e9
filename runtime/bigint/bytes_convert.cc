#include "runtime/bigint/bytes_convert.h"

#include "runtime/bigint/kernels.h"

namespace mica {
namespace bigint {
namespace {

constexpr unsigned kDigitBytes = sizeof(Digit);

// Index of the k-th least significant byte in a buffer of count bytes.
size_t ByteIndex(size_t k, size_t count, ByteOrder order) {
  return order == ByteOrder::kLittle ? k : count - 1 - k;
}

// |a| < 2**bits, or |a| <= 2**bits when equal_allowed: the range checks of to_bytes.
bool MagnitudeBelowPowerOfTwo(BigView a, uint64_t bits, bool equal_allowed) {
  const uint64_t bit_length = BitLength(a.digits, a.length);
  if (bit_length <= bits) return true;
  if (!equal_allowed || bit_length != bits + 1) return false;
  // |a| has exactly bits + 1 bits: it equals 2**bits when everything below the top bit is zero.
  for (size_t i = 0; i + 1 < a.length; ++i) {
    if (a.digits[i] != 0) return false;
  }
  return (a.digits[a.length - 1] & (a.digits[a.length - 1] - 1)) == 0;
}

}  // namespace

BigResult FromBytes(const uint8_t* bytes, size_t count, ByteOrder order, bool is_signed, Digit* out) {
  const size_t digits = (count + kDigitBytes - 1) / kDigitBytes;
  ZeroDigits(out, digits);
  for (size_t k = 0; k < count; ++k) {
    out[k / kDigitBytes] |= static_cast<Digit>(bytes[ByteIndex(k, count, order)]) << (8 * (k % kDigitBytes));
  }
  const bool negative = is_signed && count != 0 && (bytes[ByteIndex(count - 1, count, order)] & 0x80) != 0;
  if (negative) {
    // The value is x - 2**(8 * count); its magnitude is the two's complement of x within 8 * count bits.
    Digit carry = 1;
    for (size_t i = 0; i < digits; ++i) {
      const Digit d = ~out[i] + carry;
      carry = d < carry ? 1 : 0;
      out[i] = d;
    }
    const unsigned top_bits = static_cast<unsigned>(8 * (count - (digits - 1) * kDigitBytes));
    if (top_bits < kDigitBits) out[digits - 1] &= (Digit{1} << top_bits) - 1;
    // -2**(8 * count - 1) is the one magnitude with the top bit set; it never needs the extra digit.
  }
  return MakeResult(Normalize(out, digits), negative);
}

Status ToBytes(BigView a, uint8_t* out, size_t count, ByteOrder order, bool is_signed) {
  const uint64_t bits = static_cast<uint64_t>(count) * 8;
  if (a.negative && !is_signed) return Status::kOverflow;
  if (is_signed) {
    // Two's complement in `bits` bits holds -2**(bits - 1) .. 2**(bits - 1) - 1.
    if (bits == 0 ? a.length != 0 : !MagnitudeBelowPowerOfTwo(a, bits - 1, a.negative)) return Status::kOverflow;
  } else if (!MagnitudeBelowPowerOfTwo(a, bits, false)) {
    return Status::kOverflow;
  }
  // Walk the (two's complement, for a negative value) digits, sign-extended, a byte at a time.
  Digit carry = a.negative ? 1 : 0;
  Digit digit = 0;
  for (size_t k = 0; k < count; ++k) {
    if (k % kDigitBytes == 0) {
      const size_t i = k / kDigitBytes;
      digit = i < a.length ? a.digits[i] : 0;
      if (a.negative) {
        digit = ~digit + carry;
        carry = digit < carry ? 1 : 0;
      }
    }
    out[ByteIndex(k, count, order)] = static_cast<uint8_t>(digit >> (8 * (k % kDigitBytes)));
  }
  return Status::kOk;
}

}  // namespace bigint
}  // namespace mica
