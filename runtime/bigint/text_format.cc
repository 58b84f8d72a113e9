#include "runtime/bigint/text_format.h"

#include <stdint.h>
#include <string.h>

#include "runtime/bigint/kernels.h"
#include "runtime/bigint/radix.h"

namespace mica {
namespace bigint {
namespace {

// Characters are produced least significant first, so they are written backwards from the end of the caller's
// buffer and moved to its start at the end.
class BackwardWriter {
 public:
  BackwardWriter(char* out, size_t capacity) : begin_(out), end_(out + capacity), position_(end_) {}

  bool HasRoom(size_t count) const { return static_cast<size_t>(position_ - begin_) >= count; }
  void Put(char c) { *--position_ = c; }

  // Moves the text to the start of the buffer and returns its length.
  size_t Finish() {
    const size_t length = static_cast<size_t>(end_ - position_);
    memmove(begin_, position_, length);
    return length;
  }

 private:
  char* begin_;
  char* end_;
  char* position_;
};

char DigitChar(unsigned value, char letter_a) {
  return static_cast<char>(value < 10 ? '0' + value : letter_a + (value - 10));
}

char PrefixLetter(unsigned base) {
  switch (base) {
    case 2:
      return 'b';
    case 8:
      return 'o';
    case 16:
      return 'x';
    default:
      return 0;
  }
}

// Bits [position, position + count) of the magnitude, count < kDigitBits; zero beyond its length.
Digit BitsAt(const Digit* digits, size_t length, uint64_t position, unsigned count) {
  const size_t index = static_cast<size_t>(position / kDigitBits);
  const unsigned offset = static_cast<unsigned>(position % kDigitBits);
  Digit value = index < length ? digits[index] >> offset : 0;
  if (offset + count > kDigitBits && index + 1 < length) value |= digits[index + 1] << (kDigitBits - offset);
  return value & ((Digit{1} << count) - 1);
}

bool WritePowerOfTwo(const Digit* digits, size_t length, unsigned bits_per_char, char letter_a, BackwardWriter* w) {
  const uint64_t bit_length = BitLength(digits, length);
  for (uint64_t position = 0; position < bit_length; position += bits_per_char) {
    if (!w->HasRoom(1)) return false;
    w->Put(DigitChar(BitsAt(digits, length, position, bits_per_char), letter_a));
  }
  return true;
}

// The base of a chunk's characters: a compile-time 10 for decimal (its divisions become multiplications), or any.
struct DecimalRadix {
  unsigned Base() const { return 10; }
};
struct AnyRadix {
  unsigned base;
  unsigned Base() const { return base; }
};

// Writes one chunk's characters: exactly `chars` of them (with leading zeros), or, for the most significant chunk,
// only its significant ones.
template <typename Radix>
bool WriteChunk(Digit chunk, unsigned chars, bool most_significant, Radix radix, char letter_a, BackwardWriter* w) {
  if (most_significant) {
    do {
      if (!w->HasRoom(1)) return false;
      w->Put(DigitChar(chunk % radix.Base(), letter_a));
      chunk /= radix.Base();
    } while (chunk != 0);
    return true;
  }
  if (!w->HasRoom(chars)) return false;
  for (unsigned i = 0; i < chars; ++i) {
    w->Put(DigitChar(chunk % radix.Base(), letter_a));
    chunk /= radix.Base();
  }
  return true;
}

// Decimal goes through base 10**9: Horner's rule over the digits from the top, chunks = chunks * 2^32 + digit,
// leaves nine characters in each chunk. Each step divides chunk * 2^32 + carry by 10**9 and carries the quotient
// on; unlike repeated division of the whole number by 10**9, the remainder is off the chain of dependent
// operations, which roughly halves the time on out-of-order cores.
constexpr Digit kBillion = 1000000000;
constexpr unsigned kBillionChars = 9;

// Where a register holds a DoubleDigit (64-bit hosts) the compiler divides it by the constant with a multiply-high;
// on 32-bit cores that would be a library call, so they multiply by a prepared reciprocal instead.
constexpr bool kWideRegisters = sizeof(uintptr_t) >= sizeof(DoubleDigit);

// chunk = (chunk * 2^32 + carry) % 10**9; returns the quotient, which fits a digit because chunk < 10**9.
inline Digit BillionStep(Digit* chunk, Digit carry) {
  if (kWideRegisters) {
    const DoubleDigit z = (static_cast<DoubleDigit>(*chunk) << kDigitBits) | carry;
    const Digit quotient = static_cast<Digit>(z / kBillion);
    *chunk = static_cast<Digit>(z) - quotient * kBillion;
    return quotient;
  }
  constexpr DigitDivisor kDivisor = PrepareDivisor(kBillion);
  constexpr unsigned kShift = kDivisor.shift;
  static_assert(kShift > 0, "10**9 needs normalising");
  // (chunk, carry) shifted left by kShift, so that the divisor is normalised; the high part stays below it.
  const Digit high = (*chunk << kShift) | (carry >> (kDigitBits - kShift));
  Digit remainder;
  const Digit quotient = DivideTwoDigits(high, carry << kShift, kDivisor, &remainder);
  *chunk = remainder >> kShift;
  return quotient;
}

// Base 10**9 chunks of the magnitude, least significant first; returns how many.
size_t ToBillions(const Digit* magnitude, size_t length, Digit* chunks) {
  size_t count = 0;
  for (size_t i = length; i-- > 0;) {
    Digit carry = magnitude[i];
    for (size_t j = 0; j < count; ++j) carry = BillionStep(&chunks[j], carry);
    while (carry != 0) {
      chunks[count++] = carry % kBillion;
      carry /= kBillion;
    }
  }
  return count;
}

bool WriteDecimal(const Digit* magnitude, size_t length, Digit* chunks, BackwardWriter* w) {
  const size_t count = ToBillions(magnitude, length, chunks);
  for (size_t j = 0; j < count; ++j) {
    if (!WriteChunk(chunks[j], kBillionChars, j + 1 == count, DecimalRadix(), 'a', w)) return false;
  }
  return true;
}

bool WriteOtherBase(Digit* magnitude, size_t length, unsigned base, char letter_a, BackwardWriter* w) {
  const RadixChunk chunk = ChunkFor(base);
  const DigitDivisor divisor = PrepareDivisor(chunk.power);
  while (length > 0) {
    const Digit remainder = DivideByDigit(magnitude, magnitude, length, divisor);
    length = Normalize(magnitude, length);
    if (!WriteChunk(remainder, chunk.chars, length == 0, AnyRadix{base}, letter_a, w)) return false;
  }
  return true;
}

}  // namespace

size_t TextChars(size_t length, unsigned base) {
  if (base < kMinBase || base > kMaxBase) return 0;
  // chars <= bits / log2(base) + 1; the rounded-up table entry minus one is a lower bound of log2(base) * 65536.
  const uint64_t bits = static_cast<uint64_t>(length) * kDigitBits;
  const uint64_t log2 = Log2Times65536RoundedUp(base) - 1;
  const uint64_t chars = bits / log2 * 65536 + bits % log2 * 65536 / log2;
  const uint64_t total = chars + 1 + 3;  // rounding up, sign, two-character prefix
  return total > SIZE_MAX ? SIZE_MAX : static_cast<size_t>(total);
}

size_t ToText(BigView a, IntFormat format, char* out, size_t capacity, Digit* scratch) {
  const unsigned base = format.base;
  if (base < kMinBase || base > kMaxBase) return 0;
  const char letter_a = format.uppercase ? 'A' : 'a';
  BackwardWriter w(out, capacity);
  bool ok;
  if (a.length == 0) {
    ok = w.HasRoom(1);
    if (ok) w.Put('0');
  } else if (BitsPerChar(base) != 0) {
    ok = WritePowerOfTwo(a.digits, a.length, BitsPerChar(base), letter_a, &w);
  } else if (base == 10) {
    ok = WriteDecimal(a.digits, a.length, scratch, &w);
  } else {
    CopyDigits(scratch, a.digits, a.length);
    ok = WriteOtherBase(scratch, a.length, base, letter_a, &w);
  }
  if (!ok) return 0;
  const char prefix = format.prefix ? PrefixLetter(base) : 0;
  if (prefix != 0) {
    if (!w.HasRoom(2)) return 0;
    w.Put(prefix);
    w.Put('0');
  }
  if (a.negative) {
    if (!w.HasRoom(1)) return 0;
    w.Put('-');
  }
  return w.Finish();
}

}  // namespace bigint
}  // namespace mica
