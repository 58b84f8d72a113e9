#include "compiler/emitter/float_literal.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

namespace mica {
namespace emit {
namespace {

// Significant digits kept exactly. A halfway point between two doubles has at most 767 significant digits, so
// the value truncated to 800 digits plus a sticky "nonzero digit follows" rounds exactly like the full value.
constexpr uint32_t kMaxDigits = 800;

// Beyond these decimal exponents (of the leading digit) the result is 0 or infinity without any arithmetic:
// 10^-325 < 2^-1075 (half the smallest subnormal) and 10^309 > the largest double.
constexpr int32_t kZeroBelow = -325;
constexpr int32_t kInfinityFrom = 309;

constexpr double kExactPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

constexpr uint64_t kHiddenBit = uint64_t{1} << 52;
constexpr int32_t kMinExponent = -1074;  // of the smallest subnormal's unit

double FromBits(uint64_t bits) {
  double value;
  memcpy(&value, &bits, sizeof value);
  return value;
}

uint64_t ToBits(double value) {
  uint64_t bits;
  memcpy(&bits, &value, sizeof bits);
  return bits;
}

// An unsigned big integer in 32-bit limbs, least significant first, with no leading zero limbs (Compare relies
// on it). Large enough for the scaled operands:
// 800 digits (2658 bits) times 2^1074, or a 54-bit mantissa times 2^971 times 10^1125 (about 4800 bits).
class Big {
 public:
  static constexpr uint32_t kLimbs = 168;

  void Set(uint64_t value) {
    size_ = 0;
    while (value != 0) {
      limbs_[size_++] = static_cast<uint32_t>(value);
      value >>= 32;
    }
  }

  // *this = *this * factor + addend; false on overflow of the fixed size.
  bool MulAdd(uint32_t factor, uint32_t addend) {
    uint64_t carry = addend;
    for (uint32_t i = 0; i < size_; ++i) {
      const uint64_t product = static_cast<uint64_t>(limbs_[i]) * factor + carry;
      limbs_[i] = static_cast<uint32_t>(product);
      carry = product >> 32;
    }
    if (!Push(static_cast<uint32_t>(carry))) return false;
    Trim();  // a zero factor
    return true;
  }

  bool MulPow10(uint32_t exponent) {
    for (; exponent >= 9; exponent -= 9) {
      if (!MulAdd(1000000000u, 0)) return false;
    }
    static constexpr uint32_t kSmall[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    return exponent == 0 || MulAdd(kSmall[exponent], 0);
  }

  bool MulPow2(uint32_t exponent) {
    if (size_ == 0) return true;
    const uint32_t whole = exponent / 32;
    const uint32_t bits = exponent % 32;
    if (size_ + whole + 1 > kLimbs) return false;
    uint32_t carry = 0;
    if (bits != 0) {
      for (uint32_t i = 0; i < size_; ++i) {
        const uint32_t limb = limbs_[i];
        limbs_[i] = (limb << bits) | carry;
        carry = limb >> (32 - bits);
      }
    }
    if (carry != 0) limbs_[size_++] = carry;
    if (whole != 0) {
      for (uint32_t i = size_; i-- > 0;) limbs_[i + whole] = limbs_[i];
      for (uint32_t i = 0; i < whole; ++i) limbs_[i] = 0;
      size_ += whole;
    }
    return true;
  }

  // *this *= factor (up to 64 bits), as two 32-bit multiplications.
  bool MulU64(uint64_t factor) {
    Big high = *this;
    if (!MulAdd(static_cast<uint32_t>(factor), 0)) return false;
    if (!high.MulAdd(static_cast<uint32_t>(factor >> 32), 0) || !high.MulPow2(32)) return false;
    return Add(high);
  }

  bool Add(const Big& other) {
    uint64_t carry = 0;
    const uint32_t size = size_ > other.size_ ? size_ : other.size_;
    for (uint32_t i = 0; i < size; ++i) {
      const uint64_t sum =
          static_cast<uint64_t>(i < size_ ? limbs_[i] : 0) + (i < other.size_ ? other.limbs_[i] : 0) + carry;
      limbs_[i] = static_cast<uint32_t>(sum);
      carry = sum >> 32;
    }
    size_ = size;
    if (!Push(static_cast<uint32_t>(carry))) return false;
    Trim();
    return true;
  }

  // *this = larger - smaller, where larger >= smaller; *this may be either operand.
  void Difference(const Big& larger, const Big& smaller) {
    int64_t borrow = 0;
    for (uint32_t i = 0; i < larger.size_; ++i) {
      int64_t value = static_cast<int64_t>(larger.limbs_[i]) - (i < smaller.size_ ? smaller.limbs_[i] : 0) - borrow;
      borrow = value < 0 ? 1 : 0;
      if (value < 0) value += int64_t{1} << 32;
      limbs_[i] = static_cast<uint32_t>(value);
    }
    size_ = larger.size_;
    Trim();
  }

  static int Compare(const Big& a, const Big& b) {
    if (a.size_ != b.size_) return a.size_ < b.size_ ? -1 : 1;
    for (uint32_t i = a.size_; i-- > 0;) {
      if (a.limbs_[i] != b.limbs_[i]) return a.limbs_[i] < b.limbs_[i] ? -1 : 1;
    }
    return 0;
  }

 private:
  bool Push(uint32_t limb) {
    if (limb == 0) return true;
    if (size_ == kLimbs) return false;
    limbs_[size_++] = limb;
    return true;
  }
  void Trim() {
    while (size_ > 0 && limbs_[size_ - 1] == 0) --size_;
  }

  uint32_t limbs_[kLimbs];
  uint32_t size_ = 0;
};

// The literal as digits * 10^exponent.
struct Decimal {
  Big digits;            // the first kMaxDigits significant digits (and a final 1 if a nonzero one was dropped)
  uint32_t count = 0;    // significant digits in `digits`
  uint64_t leading = 0;  // the first up to 19 significant digits
  uint32_t leading_count = 0;
  int32_t exponent = 0;  // of the last digit in `digits`
};

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

bool Scan(const char* text, uint32_t length, Decimal* out) {
  out->digits.Set(0);
  bool fraction = false;
  bool sticky = false;
  uint32_t i = 0;
  for (; i < length; ++i) {
    const char c = text[i];
    if (c == '_') continue;
    if (c == '.') {
      fraction = true;
      continue;
    }
    if (!IsDigit(c)) break;
    const uint32_t digit = static_cast<uint32_t>(c - '0');
    if (out->count == 0 && digit == 0) {
      if (fraction) --out->exponent;  // a leading zero after the point scales, but is not significant
      continue;
    }
    if (out->count < kMaxDigits) {
      if (!out->digits.MulAdd(10, digit)) return false;
      ++out->count;
      if (fraction) --out->exponent;
      if (out->leading_count < 19) {
        out->leading = out->leading * 10 + digit;
        ++out->leading_count;
      }
    } else {
      if (digit != 0) sticky = true;
      if (!fraction) ++out->exponent;
    }
  }
  if (i < length && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool negative = false;
    if (i < length && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    int32_t value = 0;
    for (; i < length && (IsDigit(text[i]) || text[i] == '_'); ++i) {
      if (text[i] == '_') continue;
      if (value < 100000000) value = value * 10 + (text[i] - '0');
    }
    out->exponent += negative ? -value : value;
  }
  if (sticky) {
    if (!out->digits.MulAdd(10, 1)) return false;
    ++out->count;
    --out->exponent;
  }
  return true;
}

// 10^exponent as a double, close enough for a starting point (a few ulps).
double ApproximatePow10(int32_t exponent) {
  double result = 1.0;
  const bool negative = exponent < 0;
  uint32_t remaining = static_cast<uint32_t>(negative ? -exponent : exponent);
  while (remaining > 22) {
    result *= 1e22;
    remaining -= 22;
  }
  result *= kExactPowers[remaining];
  return negative ? 1.0 / result : result;
}

// Clinger's AlgorithmR: moves `z` one ulp at a time until it is the double nearest to the decimal.
double Refine(const Decimal& decimal, double z) {
  for (int iteration = 0; iteration < 256; ++iteration) {
    const uint64_t bits = ToBits(z);
    const uint32_t biased = static_cast<uint32_t>(bits >> 52) & 0x7ff;
    const uint64_t mantissa = biased == 0 ? (bits & (kHiddenBit - 1)) : ((bits & (kHiddenBit - 1)) | kHiddenBit);
    const int32_t k = biased == 0 ? kMinExponent : static_cast<int32_t>(biased) - 1075;
    // x / y = decimal / z, both scaled to integers.
    Big x = decimal.digits;
    Big y;
    y.Set(mantissa);
    const int32_t e = decimal.exponent;
    bool ok = e >= 0 ? x.MulPow10(static_cast<uint32_t>(e)) : y.MulPow10(static_cast<uint32_t>(-e));
    ok = ok && (k >= 0 ? y.MulPow2(static_cast<uint32_t>(k)) : x.MulPow2(static_cast<uint32_t>(-k)));
    if (!ok) return z;
    const int order = Big::Compare(x, y);
    if (order == 0) return z;
    // |decimal - z| against half the gap to the neighbour on that side, as 2m|D| against y (the gap is 2^k,
    // z is m*2^k); below a power of two the gap is half as wide. x becomes |D|, then 2m|D| (or 4m|D|).
    if (order > 0) {
      x.Difference(x, y);
    } else {
      x.Difference(y, x);
    }
    const bool narrow_below = order < 0 && mantissa == kHiddenBit && k > kMinExponent;
    if (!x.MulU64(mantissa) || !x.MulPow2(narrow_below ? 2 : 1)) return z;
    Big& scaled = x;
    const int versus_half = Big::Compare(scaled, y);
    if (versus_half < 0) return z;
    const bool z_even = (mantissa & 1) == 0;
    if (versus_half == 0 && z_even) return z;
    if (order > 0) {
      const double next = FromBits(bits + 1);
      if (versus_half == 0 || ToBits(next) >= 0x7ff0000000000000u) return next;  // rounds up; may be inf
      z = next;
    } else {
      if (bits == 1) return 0.0;  // at or below half the smallest subnormal (a tie goes to the even 0)
      const double previous = FromBits(bits - 1);
      if (versus_half == 0) return previous;
      z = previous;
    }
  }
  return z;
}

}  // namespace

double DecodeFloatLiteral(const char* text, uint32_t length) {
  Decimal decimal;
  if (!Scan(text, length, &decimal)) return 0.0;
  if (decimal.count == 0) return 0.0;
  const int32_t leading_exponent = decimal.exponent + static_cast<int32_t>(decimal.count) - 1;
  if (leading_exponent < kZeroBelow) return 0.0;
  if (leading_exponent >= kInfinityFrom) return FromBits(0x7ff0000000000000u);
  // Exact: the digits fit a double's 53 bits and the power of ten is exact, so one operation rounds once.
  if (decimal.count <= 15) {
    const double digits = static_cast<double>(decimal.leading);
    const int32_t e = decimal.exponent;
    if (e >= 0 && e <= 22) return digits * kExactPowers[e];
    if (e < 0 && e >= -22) return digits / kExactPowers[-e];
    const int32_t spare = 15 - static_cast<int32_t>(decimal.count);  // digits can take 10^spare exactly
    if (e > 22 && e <= 22 + spare) return digits * kExactPowers[e - 22] * kExactPowers[22];
  }
  // Approximate from the leading digits, then correct.
  const int32_t rest = decimal.exponent + static_cast<int32_t>(decimal.count - decimal.leading_count);
  double z;
  if (rest < -300) {
    z = static_cast<double>(decimal.leading) * 1e-300 * ApproximatePow10(rest + 300);
  } else if (rest > 300) {
    z = static_cast<double>(decimal.leading) * 1e300 * ApproximatePow10(rest - 300);
  } else {
    z = static_cast<double>(decimal.leading) * ApproximatePow10(rest);
  }
  if (ToBits(z) >= 0x7ff0000000000000u) z = FromBits(0x7fefffffffffffffu);  // the largest finite double
  if (z == 0.0) z = FromBits(1);                                            // the smallest subnormal
  return Refine(decimal, z);
}

}  // namespace emit
}  // namespace mica
