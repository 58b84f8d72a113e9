#include "runtime/bigint/float_convert.h"

#include <stdint.h>
#include <string.h>

#include "runtime/bigint/kernels.h"

namespace mica {
namespace bigint {
namespace {

constexpr unsigned kMantissaBits = FloatLayout::kFractionBits;  // stored fraction bits; the leading 1 is implicit
constexpr uint64_t kFractionMask = (uint64_t{1} << kMantissaBits) - 1;
constexpr int kExponentBias = FloatLayout::kExponentBias;
constexpr unsigned kExponentAll = kFloatExponentAllOnes;  // infinities and NaN
constexpr unsigned kSignShift = kFloatBits - 1;

// The bits of a Float, in the low kFloatBits of a uint64_t.
uint64_t BitsOf(Float value) {
  FloatLayout::Bits bits;
  memcpy(&bits, &value, sizeof bits);
  return bits;
}

Float FromBits(uint64_t wide) {
  const FloatLayout::Bits bits = static_cast<FloatLayout::Bits>(wide);
  Float value;
  memcpy(&value, &bits, sizeof value);
  return value;
}

unsigned BiasedExponent(uint64_t bits) {
  return static_cast<unsigned>(bits >> kMantissaBits) & kExponentAll;
}

}  // namespace

size_t FromFloatDigits(Float value) {
  const unsigned biased = BiasedExponent(BitsOf(value));
  if (biased == kExponentAll || biased < kExponentBias) return 0;
  // The integer part has exponent + 1 bits.
  return (biased - kExponentBias) / kDigitBits + 1;
}

Status FromFloat(Float value, Digit* out, BigResult* result) {
  const uint64_t bits = BitsOf(value);
  const unsigned biased = BiasedExponent(bits);
  const bool negative = (bits >> kSignShift) != 0;
  if (biased == kExponentAll) return (bits & kFractionMask) != 0 ? Status::kInvalid : Status::kOverflow;
  if (biased < kExponentBias) {  // |value| < 1 truncates to 0
    *result = MakeResult(0, false);
    return Status::kOk;
  }
  const unsigned exponent = biased - kExponentBias;
  const uint64_t mantissa = (bits & kFractionMask) | (uint64_t{1} << kMantissaBits);
  if (exponent <= kMantissaBits) {
    // Some fraction bits lie below the binary point: shift them out.
    const uint64_t integer = mantissa >> (kMantissaBits - exponent);
    size_t length = 0;
    for (uint64_t v = integer; v != 0; v >>= kDigitBits) out[length++] = static_cast<Digit>(v);
    *result = MakeResult(length, negative);
    return Status::kOk;
  }
  // An exact integer: the whole mantissa (53 or 24 bits) shifted left, written without the extra digit a general
  // shift needs.
  const unsigned shift = exponent - kMantissaBits;
  const size_t whole = shift / kDigitBits;
  const Digit mantissa_digits[2] = {static_cast<Digit>(mantissa), static_cast<Digit>(mantissa >> kDigitBits)};
  Digit shifted[3];
  shifted[2] = ShiftLeftBits(shifted, mantissa_digits, 2, shift % kDigitBits);
  const size_t top = Normalize(shifted, 3);
  ZeroDigits(out, whole);
  CopyDigits(out + whole, shifted, top);
  *result = MakeResult(whole + top, negative);
  return Status::kOk;
}

Status ToFloat(BigView a, Float* out) {
  const uint64_t sign = a.negative ? uint64_t{1} << kSignShift : 0;
  if (a.length == 0) {
    *out = 0;
    return Status::kOk;
  }
  // The top 64 bits of the magnitude, left-aligned, and whether any bit below them is set (the sticky bit).
  const size_t t = a.length - 1;
  const unsigned zeros = CountLeadingZeros(a.digits[t]);
  const uint64_t high = (static_cast<uint64_t>(a.digits[t]) << kDigitBits) | (t >= 1 ? a.digits[t - 1] : 0);
  const Digit next = t >= 2 ? a.digits[t - 2] : 0;
  const uint64_t top = zeros == 0 ? high : (high << zeros) | (next >> (kDigitBits - zeros));
  bool sticky = static_cast<Digit>(next << zeros) != 0;
  for (size_t i = 0; i + 2 < t && !sticky; ++i) sticky = a.digits[i] != 0;
  uint64_t bit_length = BitLength(a.digits, a.length);

  // Keep the mantissa's bits (53 or 24) and round those below them (plus the sticky bit) to nearest, ties to even.
  constexpr unsigned kDropped = 64 - (kMantissaBits + 1);
  constexpr uint64_t kHalf = uint64_t{1} << (kDropped - 1);
  uint64_t mantissa = top >> kDropped;
  const uint64_t rest = top & ((uint64_t{1} << kDropped) - 1);
  if (rest > kHalf || (rest == kHalf && (sticky || (mantissa & 1) != 0))) {
    ++mantissa;
    if (mantissa >> (kMantissaBits + 1) != 0) {  // rounded up to the next power of two
      mantissa >>= 1;
      ++bit_length;
    }
  }
  // The value is mantissa * 2^(bit_length - (kMantissaBits + 1)), so its binary exponent is bit_length - 1.
  if (bit_length - 1 > static_cast<uint64_t>(kExponentBias)) return Status::kOverflow;
  const uint64_t biased = bit_length - 1 + kExponentBias;
  *out = FromBits(sign | (biased << kMantissaBits) | (mantissa & kFractionMask));
  return Status::kOk;
}

}  // namespace bigint
}  // namespace mica
