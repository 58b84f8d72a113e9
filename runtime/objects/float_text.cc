#include "runtime/objects/float_text.h"

#include <math.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/bigint/bigint.h"
#include "runtime/float_math.h"
#include "runtime/objects/allocator.h"

namespace mica {
namespace {

using bigint::Digit;
using bigint::DoubleDigit;

// A fixed-capacity non-negative big integer for the digit loops: every value they build from a Float fits in
// 1280 bits (the largest, for binary64, is about 2**1084: 2**1076 scaled by a digit step).
struct Fixed {
  static constexpr size_t kCapacity = 40;
  Digit d[kCapacity];
  size_t n;
};

void SetSmall(Fixed* x, uint64_t value) {
  x->n = 0;
  while (value != 0) {
    x->d[x->n++] = static_cast<Digit>(value);
    value >>= 32;
  }
}

void MulSmall(Fixed* x, Digit factor) {
  DoubleDigit carry = 0;
  for (size_t i = 0; i < x->n; ++i) {
    const DoubleDigit product = static_cast<DoubleDigit>(x->d[i]) * factor + carry;
    x->d[i] = static_cast<Digit>(product);
    carry = product >> 32;
  }
  if (carry != 0) x->d[x->n++] = static_cast<Digit>(carry);
}

void MulPow10(Fixed* x, int power) {
  while (power >= 9) {
    MulSmall(x, 1000000000u);
    power -= 9;
  }
  static const Digit kPowers[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
  if (power > 0) MulSmall(x, kPowers[power]);
}

void ShiftLeft(Fixed* x, unsigned bits) {
  if (x->n == 0) return;
  const size_t words = bits / 32;
  const unsigned rest = bits % 32;
  size_t n = x->n + words + 1;
  for (size_t i = n; i-- > 0;) {
    const size_t source = i - words;
    Digit value = 0;
    if (i >= words) {
      const Digit high = source < x->n ? x->d[source] : 0;
      const Digit low = (source >= 1 && source - 1 < x->n) ? x->d[source - 1] : 0;
      value = rest == 0 ? high : static_cast<Digit>((high << rest) | (low >> (32 - rest)));
    }
    x->d[i] = value;
  }
  while (n > 0 && x->d[n - 1] == 0) --n;
  x->n = n;
}

int Cmp(const Fixed& a, const Fixed& b) { return bigint::CompareMagnitudes(a.d, a.n, b.d, b.n); }

// out = a + b.
void Add(const Fixed& a, const Fixed& b, Fixed* out) { out->n = bigint::AddMagnitudes(a.d, a.n, b.d, b.n, out->d); }

// a -= b (a >= b).
void Sub(Fixed* a, const Fixed& b) { a->n = bigint::SubtractMagnitudes(a->d, a->n, b.d, b.n, a->d); }

// r = r * 10; returns floor(r / s) (0..9) and leaves r = r mod s.
int NextDigit(Fixed* r, const Fixed& s) {
  MulSmall(r, 10);
  int digit = 0;
  while (Cmp(*r, s) >= 0) {
    Sub(r, s);
    ++digit;
  }
  return digit;
}

struct Decomposed {
  uint64_t mantissa;  // value = mantissa * 2**exponent, mantissa > 0
  int exponent;
  bool lower_closer;  // the gap below is half the gap above (a power of two, not the smallest normal)
};

constexpr int kFractionBits = FloatLayout::kFractionBits;
constexpr int kBias = FloatLayout::kExponentBias;

Decomposed Decompose(Float value) {
  FloatLayout::Bits bits;
  memcpy(&bits, &value, sizeof(bits));
  const int biased = static_cast<int>((bits >> kFractionBits) & kFloatExponentAllOnes);
  const uint64_t fraction = bits & ((uint64_t{1} << kFractionBits) - 1);
  Decomposed d;
  if (biased == 0) {
    d.mantissa = fraction;
    d.exponent = 1 - kBias - kFractionBits;
  } else {
    d.mantissa = fraction | (uint64_t{1} << kFractionBits);
    d.exponent = biased - kBias - kFractionBits;
  }
  d.lower_closer = fraction == 0 && biased > 1;
  return d;
}

// A decimal exponent k with 10**(k-2) < value <= 10**k, from the binary exponent alone (no libm): the callers
// raise it to the exact one by comparing big integers. value >= 2**(b-1) with b its bit length, and
// 78913 / 2**18 is just below log10(2), so ceil((b-1) * 78913 / 2**18) - 1 never overshoots.
int EstimateExponent(const Decomposed& d) {
  const int bits = 64 - __builtin_clzll(d.mantissa);  // mantissa > 0
  const int64_t scaled = static_cast<int64_t>(d.exponent + bits - 1) * 78913;
  const int64_t ceiling = scaled >= 0 ? (scaled + (1 << 18) - 1) / (1 << 18) : scaled / (1 << 18);
  return static_cast<int>(ceiling) - 1;
}

// Sets r/s = value exactly, then scales so that value = r/s * 10**k with r/s < 1 (k returned).
int ScaleExact(Float value, Fixed* r, Fixed* s) {
  const Decomposed d = Decompose(value);
  SetSmall(r, d.mantissa);
  SetSmall(s, 1);
  if (d.exponent >= 0) {
    ShiftLeft(r, static_cast<unsigned>(d.exponent));
  } else {
    ShiftLeft(s, static_cast<unsigned>(-d.exponent));
  }
  int k = EstimateExponent(d);
  if (k >= 0) {
    MulPow10(s, k);
  } else {
    MulPow10(r, -k);
  }
  while (Cmp(*r, *s) >= 0) {  // estimate too low
    MulSmall(s, 10);
    ++k;
  }
  while (true) {  // estimate too high: the first digit would be 0
    Fixed ten_r = *r;
    MulSmall(&ten_r, 10);
    if (Cmp(ten_r, *s) >= 0) break;
    *r = ten_r;
    --k;
  }
  return k;
}

// Rounds digits[0..count) up by one unit in the last place; returns true when it carried out ("999" -> "1").
bool RoundUp(char* digits, int count) {
  for (int i = count - 1; i >= 0; --i) {
    if (digits[i] != '9') {
      ++digits[i];
      return false;
    }
    digits[i] = '0';
  }
  digits[0] = '1';
  return true;
}

void AppendExponent(char* out, size_t* length, int exponent, char e) {
  out[(*length)++] = e;
  out[(*length)++] = exponent < 0 ? '-' : '+';
  unsigned magnitude = static_cast<unsigned>(exponent < 0 ? -exponent : exponent);
  char buffer[8];
  int n = 0;
  do {
    buffer[n++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  if (n < 2) buffer[n++] = '0';
  while (n > 0) out[(*length)++] = buffer[--n];
}

// Text writer with a capacity check: ok stays false once anything did not fit.
struct Out {
  char* data;
  size_t capacity;
  size_t length;
  bool ok;
  void Put(char c) {
    if (length < capacity) {
      data[length++] = c;
    } else {
      ok = false;
    }
  }
  void PutRepeated(char c, size_t count) {
    for (size_t i = 0; i < count; ++i) Put(c);
  }
};

// Fixed notation from significant digits: value = 0.digits * 10**point, `decimals` places after the point
// (digits beyond `count` are zeros), the point written when `decimals` > 0 or `force_point`.
void WriteFixed(Out* out, const char* digits, int count, int point, int decimals, bool force_point) {
  if (point <= 0) {
    out->Put('0');
  } else {
    for (int i = 0; i < point; ++i) out->Put(i < count ? digits[i] : '0');
  }
  if (decimals > 0 || force_point) out->Put('.');
  for (int i = 0; i < decimals; ++i) {
    const int index = point + i;
    out->Put(index >= 0 && index < count ? digits[index] : '0');
  }
}

// Exponent notation: d.ddd (with `decimals` digits after the point) e+XX.
void WriteExponent(Out* out, const char* digits, int count, int point, int decimals, bool force_point, char e) {
  out->Put(count > 0 ? digits[0] : '0');
  if (decimals > 0 || force_point) out->Put('.');
  for (int i = 1; i <= decimals; ++i) out->Put(i < count ? digits[i] : '0');
  char buffer[8];
  size_t n = 0;
  AppendExponent(buffer, &n, count > 0 ? point - 1 : 0, e);
  for (size_t i = 0; i < n; ++i) out->Put(buffer[i]);
}

bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool MatchWord(const char* text, size_t length, const char* word) {
  const size_t n = strlen(word);
  if (length != n) return false;
  for (size_t i = 0; i < n; ++i) {
    if (Lower(text[i]) != word[i]) return false;
  }
  return true;
}

// Significant digits kept by the parser: enough that dropping the rest can only matter as a sticky bit.
constexpr int kMaxParseDigits = 800;

// 10**k exactly as a Float, for the fast path (k <= FloatLayout::kExactPowerOfTen).
Float ExactPow10(int k) {
  Float result = 1;
  for (int i = 0; i < k; ++i) result *= 10;
  return result;
}

constexpr Float kInfinity = static_cast<Float>(HUGE_VAL);

// The top 64 bits of a magnitude, with its bit length and whether the bits below them are nonzero.
uint64_t TopBits(const Digit* digits, size_t length, int64_t* bit_length, bool* sticky) {
  const uint64_t bits = bigint::BitLength(digits, length);
  *bit_length = static_cast<int64_t>(bits);
  uint64_t top = 0;
  *sticky = false;
  const int64_t low = static_cast<int64_t>(bits) - 64;  // bit index of the lowest kept bit (may be negative)
  for (int64_t bit = static_cast<int64_t>(bits) - 1; bit >= 0 && bit >= low; --bit) {
    top = (top << 1) | ((digits[bit / 32] >> (bit % 32)) & 1);
  }
  if (low > 0) {
    for (int64_t bit = 0; bit < low && !*sticky; ++bit) {
      if (bit % 32 == 0 && bit + 32 <= low && digits[bit / 32] == 0) {
        bit += 31;
        continue;
      }
      *sticky = ((digits[bit / 32] >> (bit % 32)) & 1) != 0;
    }
  }
  return top;
}

// value = D * 10**exponent10, D given by its decimal digits (no leading zeros, count >= 1), correctly rounded.
// Returns -1 when scratch memory is missing (MemoryError pending).
int DigitsToFloat(const char* digits, int count, int64_t exponent10, bool sticky_digit, Float* out) {
  // The fast path: D and 10**|e| both exact, so one correctly rounded multiply or divide gives the answer.
  constexpr int kExactPower = FloatLayout::kExactPowerOfTen;
  if (!sticky_digit && count <= FloatLayout::kExactDecimalDigits && exponent10 >= -kExactPower &&
      exponent10 <= kExactPower) {
    uint64_t d = 0;
    for (int i = 0; i < count; ++i) d = d * 10 + static_cast<uint64_t>(digits[i] - '0');
    const Float x = static_cast<Float>(d);
    *out = exponent10 >= 0 ? x * ExactPow10(static_cast<int>(exponent10)) : x / ExactPow10(static_cast<int>(-exponent10));
    return 1;
  }
  if (sticky_digit) {
    // A nonzero tail beyond the kept digits: one more digit '1' stands for it (it only breaks exact ties).
    --exponent10;
  }
  const int64_t magnitude = count + exponent10;  // value < 10**magnitude
  if (magnitude > FloatLayout::kOverflowDecimal) {
    *out = kInfinity;
    return 1;
  }
  if (magnitude < FloatLayout::kUnderflowDecimal) {
    *out = 0;
    return 1;
  }
  // Scratch: D (count+1 decimal digits), 10**|e|, and the shifted operands of one division.
  const size_t d_digits = static_cast<size_t>(count + 1) / 9 + 2;
  const size_t p_digits = static_cast<size_t>(exponent10 < 0 ? -exponent10 : exponent10) / 9 + 2;
  const size_t total = d_digits + p_digits;
  const size_t big = total + 4;  // D * 10**e, or a shifted operand
  const size_t words = total + 3 * big + bigint::DivScratchDigits(big, big) + 8;
  Digit* scratch = static_cast<Digit*>(AllocateRaw(words * sizeof(Digit), gc::kNoScan));
  if (scratch == nullptr) return -1;
  Digit* d = scratch;
  Digit* power = d + d_digits;
  Digit* a = power + p_digits;
  Digit* b = a + big;
  Digit* q = b + big;
  Digit* div_scratch = q + big;
  // D from its decimal digits, nine at a time.
  size_t d_length = 0;
  auto mul_add = [](Digit* x, size_t* n, Digit factor, Digit add) {
    DoubleDigit carry = add;
    for (size_t i = 0; i < *n; ++i) {
      const DoubleDigit product = static_cast<DoubleDigit>(x[i]) * factor + carry;
      x[i] = static_cast<Digit>(product);
      carry = product >> 32;
    }
    if (carry != 0) x[(*n)++] = static_cast<Digit>(carry);
  };
  int i = 0;
  while (i < count) {
    Digit chunk = 0;
    Digit factor = 1;
    for (int k = 0; k < 9 && i < count; ++k, ++i) {
      chunk = chunk * 10 + static_cast<Digit>(digits[i] - '0');
      factor *= 10;
    }
    mul_add(d, &d_length, factor, chunk);
  }
  if (sticky_digit) mul_add(d, &d_length, 10, 1);
  // 10**|e|.
  size_t p_length = 1;
  power[0] = 1;
  for (int64_t e = exponent10 < 0 ? -exponent10 : exponent10; e > 0; e -= 9) {
    static const Digit kPowers[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};
    mul_add(power, &p_length, kPowers[e >= 9 ? 9 : e], 0);
  }
  int64_t bit_length;
  bool sticky;
  uint64_t top;
  int64_t exponent2;
  if (exponent10 >= 0) {
    const size_t n = bigint::MultiplyMagnitudes(d, d_length, power, p_length, a, nullptr);
    top = TopBits(a, n, &bit_length, &sticky);
    exponent2 = bit_length - 64;
    if (bit_length < 64) exponent2 = 0;
  } else {
    // q = floor(D * 2**k / 10**-e) with 63 or 64 bits.
    const int64_t d_bits = static_cast<int64_t>(bigint::BitLength(d, d_length));
    const int64_t p_bits = static_cast<int64_t>(bigint::BitLength(power, p_length));
    const int64_t k = p_bits - d_bits + 63;
    const bigint::BigView dv{d, d_length, false};
    const bigint::BigView pv{power, p_length, false};
    size_t a_length = d_length;
    size_t b_length = p_length;
    const Digit* numerator = d;
    const Digit* denominator = power;
    if (k > 0) {
      a_length = bigint::ShiftLeft(dv, static_cast<uint64_t>(k), a).length;
      numerator = a;
    } else if (k < 0) {
      b_length = bigint::ShiftLeft(pv, static_cast<uint64_t>(-k), b).length;
      denominator = b;
    }
    const bigint::DivLengths lengths =
        bigint::DivideMagnitudes(numerator, a_length, denominator, b_length, q, nullptr, div_scratch);
    top = 0;
    for (size_t w = lengths.quotient; w-- > 0;) top = (top << 32) | q[w];
    sticky = lengths.remainder != 0;
    exponent2 = -k;
  }
  FreeRaw(scratch);
  *out = ComposeFloat(top, exponent2, sticky);
  return 1;
}

}  // namespace

Float ComposeFloat(uint64_t mantissa, int64_t exponent, bool sticky) {
  if (mantissa == 0) return 0;
  const int shift = __builtin_clzll(mantissa);
  mantissa <<= shift;
  exponent -= shift;
  // value = mantissa * 2**exponent, mantissa in [2**63, 2**64): its leading bit has weight 2**(exponent + 63).
  const int64_t top = exponent + 63;
  if (top > kFloatMaxExponent) return kInfinity;
  int64_t drop = 64 - (kFractionBits + 1);
  if (top < 1 - kBias) drop += 1 - kBias - top;  // subnormal: fewer bits survive
  if (drop > 64) return 0;
  uint64_t kept;
  uint64_t rest;
  uint64_t half;
  if (drop == 64) {
    kept = 0;
    rest = mantissa;
    half = uint64_t{1} << 63;
  } else {
    kept = mantissa >> drop;
    rest = mantissa & ((uint64_t{1} << drop) - 1);
    half = uint64_t{1} << (drop - 1);
  }
  if (rest > half || (rest == half && (sticky || (kept & 1) != 0))) ++kept;
  return fmath::ldexp(static_cast<Float>(kept), static_cast<int>(exponent + drop));
}

int ShortestDigits(Float value, char* digits, int* decimal_point) {
  const Decomposed d = Decompose(value);
  const bool even = (d.mantissa & 1) == 0;
  Fixed r;
  Fixed s;
  Fixed m_plus;
  Fixed m_minus;
  SetSmall(&r, d.mantissa);
  SetSmall(&s, 1);
  SetSmall(&m_plus, 1);
  SetSmall(&m_minus, 1);
  // r / s = value, m+ / s and m- / s = half the gaps to the neighbours (all scaled by 2, or 4 when closer below).
  const unsigned scale = d.lower_closer ? 2 : 1;
  ShiftLeft(&r, scale);
  ShiftLeft(&s, scale);
  if (d.lower_closer) ShiftLeft(&m_plus, 1);
  if (d.exponent >= 0) {
    ShiftLeft(&r, static_cast<unsigned>(d.exponent));
    ShiftLeft(&m_plus, static_cast<unsigned>(d.exponent));
    ShiftLeft(&m_minus, static_cast<unsigned>(d.exponent));
  } else {
    ShiftLeft(&s, static_cast<unsigned>(-d.exponent));
  }
  int k = EstimateExponent(d);
  if (k >= 0) {
    MulPow10(&s, k);
  } else {
    MulPow10(&r, -k);
    MulPow10(&m_plus, -k);
    MulPow10(&m_minus, -k);
  }
  Fixed high;
  while (true) {  // fix an estimate that is too low
    Add(r, m_plus, &high);
    const int c = Cmp(high, s);
    if (even ? c >= 0 : c > 0) {
      MulSmall(&s, 10);
      ++k;
    } else {
      break;
    }
  }
  int count = 0;
  while (true) {
    MulSmall(&m_plus, 10);
    MulSmall(&m_minus, 10);
    int digit = NextDigit(&r, s);
    const int low_cmp = Cmp(r, m_minus);
    const bool tc1 = even ? low_cmp <= 0 : low_cmp < 0;
    Add(r, m_plus, &high);
    const int high_cmp = Cmp(high, s);
    const bool tc2 = even ? high_cmp >= 0 : high_cmp > 0;
    if (!tc1 && !tc2) {
      digits[count++] = static_cast<char>('0' + digit);
      if (count >= FloatLayout::kShortestDigits) break;  // cannot happen; a guard against looping forever
      continue;
    }
    if (tc1 && tc2) {
      Fixed twice = r;
      MulSmall(&twice, 2);
      const int c = Cmp(twice, s);
      if (c > 0 || (c == 0 && (digit & 1) != 0)) ++digit;
    } else if (tc2) {
      ++digit;
    }
    digits[count++] = static_cast<char>('0' + digit);
    break;
  }
  *decimal_point = k;
  return count;
}

int FloatDigits(Float value, DigitMode mode, int count, char* digits, size_t capacity, int* decimal_point) {
  Fixed r;
  Fixed s;
  int k = ScaleExact(value, &r, &s);
  int64_t wanted = mode == DigitMode::kSignificant ? count : static_cast<int64_t>(k) + count;
  if (wanted < 0) {
    *decimal_point = -count;
    return 0;
  }
  if (wanted == 0) {
    // Round at the position just before the first digit: r/s >= 0.5 rounds up to one unit there (half to even:
    // the kept part is 0, even, so an exact half rounds down).
    Fixed twice = r;
    MulSmall(&twice, 2);
    if (Cmp(twice, s) > 0) {
      digits[0] = '1';
      *decimal_point = k + 1;
      return 1;
    }
    *decimal_point = -count;
    return 0;
  }
  if (wanted > static_cast<int64_t>(capacity)) wanted = static_cast<int64_t>(capacity);
  int n = 0;
  while (n < wanted) {
    digits[n++] = static_cast<char>('0' + NextDigit(&r, s));
    if (r.n == 0) break;  // exact: the rest are zeros
  }
  Fixed twice = r;
  MulSmall(&twice, 2);
  const int c = Cmp(twice, s);
  if (c > 0 || (c == 0 && ((digits[n - 1] - '0') & 1) != 0)) {
    if (RoundUp(digits, n)) {
      ++k;
      // "999" became "100": in fraction mode one more digit is now significant.
      if (mode == DigitMode::kFraction && n < static_cast<int>(capacity)) digits[n++] = '0';
    }
  }
  while (n > 1 && digits[n - 1] == '0') --n;
  *decimal_point = k;
  return n;
}

size_t FormatFloatRepr(Float value, char* out, size_t capacity) {
  return FormatFloat(value, 'r', 0, false, out, capacity);
}

size_t FloatTextBound(Float value, char type, int precision) {
  (void)value;
  const size_t p = precision < 0 ? 0 : static_cast<size_t>(precision);
  if (type == 'f' || type == 'F' || type == '%') return 330 + p + 8;
  return p + 40;
}

size_t FormatFloat(Float value, char type, int precision, bool alternate, char* data, size_t capacity) {
  Out out{data, capacity, 0, true};
  const bool upper = type == 'E' || type == 'F' || type == 'G';
  if (signbit(value) && !isnan(value)) {
    out.Put('-');
    value = -value;
  }
  if (isnan(value) || isinf(value)) {
    const char* text = isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    for (const char* p = text; *p != 0; ++p) out.Put(*p);
    if (type == '%') out.Put('%');
    return out.ok ? out.length : 0;
  }
  const char e = upper ? 'E' : 'e';
  char digits[kMaxDecimalDigits + 2];
  int count = 0;
  int point = 0;
  switch (type) {
    case 'r': {
      if (value == 0.0) {
        digits[0] = '0';
        count = 1;
        point = 1;
      } else {
        count = ShortestDigits(value, digits, &point);
      }
      if (point > -4 && point <= 16) {
        WriteFixed(&out, digits, count, point, count - point > 0 ? count - point : 1, true);
      } else {
        WriteExponent(&out, digits, count, point, count - 1, alternate, e);  // '#': "1.e+300"
      }
      break;
    }
    case 'f':
    case 'F':
    case '%': {
      if (type == '%') value *= 100;
      if (value != 0.0) count = FloatDigits(value, DigitMode::kFraction, precision, digits, kMaxDecimalDigits, &point);
      if (count == 0) point = 1;
      WriteFixed(&out, digits, count, point, precision, alternate);
      if (type == '%') out.Put('%');
      break;
    }
    case 'e':
    case 'E': {
      if (value != 0.0) {
        count = FloatDigits(value, DigitMode::kSignificant, precision + 1, digits, kMaxDecimalDigits, &point);
      } else {
        point = 1;
      }
      WriteExponent(&out, digits, count, point, precision, alternate, e);
      break;
    }
    default: {  // 'g', 'G', and 0 (format() without a type)
      const int p = precision == 0 ? 1 : precision;
      if (value != 0.0) {
        count = FloatDigits(value, DigitMode::kSignificant, p, digits, kMaxDecimalDigits, &point);
      } else {
        digits[0] = '0';
        count = 1;
        point = 1;
      }
      const int exponent = point - 1;
      const bool keep_zeros = alternate;
      // format() without a type switches to exponent notation one digit earlier than 'g'.
      const int limit = type == 0 ? p - 1 : p;
      if (exponent >= -4 && exponent < limit) {
        int decimals = keep_zeros ? p - 1 - exponent : (count - point > 0 ? count - point : 0);
        if (type == 0 && decimals == 0 && !keep_zeros) {
          WriteFixed(&out, digits, count, point, 1, true);  // "1.0"
        } else {
          WriteFixed(&out, digits, count, point, decimals, keep_zeros);
        }
      } else {
        const int decimals = keep_zeros ? p - 1 : count - 1;
        WriteExponent(&out, digits, count, point, decimals, keep_zeros, e);
      }
      break;
    }
  }
  return out.ok ? out.length : 0;
}

int ParseFloat(const char* text, size_t length, Float* out) {
  size_t begin = 0;
  size_t end = length;
  while (begin < end && IsSpace(text[begin])) ++begin;
  while (end > begin && IsSpace(text[end - 1])) --end;
  bool negative = false;
  if (begin < end && (text[begin] == '+' || text[begin] == '-')) {
    negative = text[begin] == '-';
    ++begin;
  }
  const char* p = text + begin;
  const size_t n = end - begin;
  if (MatchWord(p, n, "inf") || MatchWord(p, n, "infinity")) {
    *out = negative ? -kInfinity : kInfinity;
    return 1;
  }
  if (MatchWord(p, n, "nan")) {
    *out = negative ? -NAN : NAN;
    return 1;
  }
  char digits[kMaxParseDigits];
  int count = 0;
  bool sticky = false;
  int64_t exponent10 = 0;
  bool any_digit = false;
  bool seen_point = false;
  size_t i = 0;
  char previous = 0;  // for the underscore rule: an underscore only between two digits
  for (; i < n; ++i) {
    const char c = p[i];
    if (c >= '0' && c <= '9') {
      any_digit = true;
      if (count == 0 && c == '0') {
        if (seen_point) --exponent10;
      } else if (count < kMaxParseDigits) {
        digits[count++] = c;
        if (seen_point) --exponent10;
      } else {
        sticky |= c != '0';
        if (!seen_point) ++exponent10;
      }
    } else if (c == '_') {
      if (!(previous >= '0' && previous <= '9') || i + 1 >= n || !(p[i + 1] >= '0' && p[i + 1] <= '9')) return 0;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else {
      break;
    }
    previous = c;
  }
  if (!any_digit) return 0;
  if (i < n && (p[i] == 'e' || p[i] == 'E')) {
    ++i;
    bool exponent_negative = false;
    if (i < n && (p[i] == '+' || p[i] == '-')) {
      exponent_negative = p[i] == '-';
      ++i;
    }
    int64_t exponent = 0;
    bool exponent_digit = false;
    previous = 0;
    for (; i < n; ++i) {
      const char c = p[i];
      if (c >= '0' && c <= '9') {
        exponent_digit = true;
        if (exponent < 100000000) exponent = exponent * 10 + (c - '0');
      } else if (c == '_' && previous >= '0' && previous <= '9' && i + 1 < n && p[i + 1] >= '0' && p[i + 1] <= '9') {
      } else {
        break;
      }
      previous = c;
    }
    if (!exponent_digit) return 0;
    exponent10 += exponent_negative ? -exponent : exponent;
  }
  if (i != n) return 0;
  if (count == 0) {
    *out = negative ? -Float{0} : Float{0};
    return 1;
  }
  Float magnitude;
  if (DigitsToFloat(digits, count, exponent10, sticky, &magnitude) < 0) return -1;
  *out = negative ? -magnitude : magnitude;
  return 1;
}

int RoundFloat(Float value, int ndigits, Float* out) {
  if (isnan(value) || isinf(value) || value == 0.0 || ndigits > 340) {
    *out = value;
    return 1;
  }
  const bool negative = value < 0;
  const Float magnitude = negative ? -value : value;
  if (ndigits < -330) {
    *out = negative ? -Float{0} : Float{0};
    return 1;
  }
  char digits[kMaxDecimalDigits + 2];
  int point;
  const int count = FloatDigits(magnitude, DigitMode::kFraction, ndigits, digits, kMaxDecimalDigits, &point);
  Float result = 0;
  if (count > 0 && DigitsToFloat(digits, count, static_cast<int64_t>(point) - count, false, &result) < 0) return -1;
  *out = negative ? -result : result;
  return 1;
}

}  // namespace mica
