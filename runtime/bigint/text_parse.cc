#include "runtime/bigint/text_parse.h"

#include <stdint.h>

#include "runtime/bigint/kernels.h"
#include "runtime/bigint/radix.h"

namespace mica {
namespace bigint {
namespace {

// The whitespace str.strip() removes that is ASCII.
bool IsSpace(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// The base a "0x"/"0o"/"0b" prefix letter names, or 0.
unsigned PrefixBase(char letter) {
  switch (letter) {
    case 'x':
    case 'X':
      return 16;
    case 'o':
    case 'O':
      return 8;
    case 'b':
    case 'B':
      return 2;
    default:
      return 0;
  }
}

// The digits of a validated literal: text[begin..end) holds digits of `base` and single underscores.
struct Literal {
  const char* text;
  size_t begin;
  size_t end;
  unsigned base;
};

size_t ParsePowerOfTwo(const Literal& literal, unsigned bits_per_char, Digit* out) {
  // The last character is the least significant: walk backwards, placing bits_per_char bits at a time.
  size_t digits_used = 0;
  uint64_t position = 0;
  for (size_t i = literal.end; i-- > literal.begin;) {
    if (literal.text[i] == '_') continue;
    const Digit value = CharValue(literal.text[i]);
    const size_t index = static_cast<size_t>(position / kDigitBits);
    const unsigned offset = static_cast<unsigned>(position % kDigitBits);
    if (offset == 0) out[digits_used++] = 0;
    out[index] |= value << offset;
    if (offset + bits_per_char > kDigitBits) {
      out[digits_used++] = value >> (kDigitBits - offset);
    }
    position += bits_per_char;
  }
  return Normalize(out, digits_used);
}

size_t MultiplyAdd(Digit* out, size_t length, Digit multiplier, Digit addend) {
  const Digit carry = MultiplyByDigit(out, out, length, multiplier, addend);
  if (carry != 0) out[length++] = carry;
  return length;
}

size_t ParseOtherBase(const Literal& literal, Digit* out) {
  // Horner's rule a chunk at a time: value = value * base**chars + chunk, with the chunk gathered in a Digit.
  const RadixChunk chunk = ChunkFor(literal.base);
  size_t length = 0;
  Digit pending = 0;
  Digit pending_power = 1;
  unsigned pending_chars = 0;
  for (size_t i = literal.begin; i < literal.end; ++i) {
    if (literal.text[i] == '_') continue;
    pending = pending * literal.base + CharValue(literal.text[i]);
    pending_power *= literal.base;
    if (++pending_chars == chunk.chars) {
      length = MultiplyAdd(out, length, pending_power, pending);
      pending = 0;
      pending_power = 1;
      pending_chars = 0;
    }
  }
  if (pending_chars != 0) length = MultiplyAdd(out, length, pending_power, pending);
  return length;
}

}  // namespace

size_t FromTextDigits(size_t length, unsigned base) {
  if (base == 0) base = 16;  // the automatic base needs at most 4 bits per character
  if (base < kMinBase || base > kMaxBase) return 0;
  const uint64_t bits = static_cast<uint64_t>(length) / 65536 * Log2Times65536RoundedUp(base) +
                        static_cast<uint64_t>(length) % 65536 * Log2Times65536RoundedUp(base) / 65536 + 1;
  const uint64_t digits = bits / kDigitBits + 1;
  return digits > SIZE_MAX ? SIZE_MAX : static_cast<size_t>(digits);
}

Status FromText(const char* text, size_t length, unsigned base, Digit* out, BigResult* result) {
  if (base == 1 || base > kMaxBase) return Status::kInvalid;
  size_t begin = 0;
  size_t end = length;
  while (begin < end && IsSpace(text[begin])) ++begin;
  while (end > begin && IsSpace(text[end - 1])) --end;
  bool negative = false;
  if (begin < end && (text[begin] == '+' || text[begin] == '-')) {
    negative = text[begin] == '-';
    ++begin;
  }
  bool underscore_allowed = false;  // no underscore before the first digit, except right after a prefix
  if (end - begin >= 2 && text[begin] == '0') {
    const unsigned prefixed = PrefixBase(text[begin + 1]);
    if (prefixed != 0 && (base == 0 || base == prefixed)) {
      base = prefixed;
      begin += 2;
      underscore_allowed = true;
    }
  }
  const bool automatic_decimal = base == 0;
  if (automatic_decimal) base = 10;

  size_t first_digit = end;
  bool nonzero = false;
  bool last_was_digit = false;
  for (size_t i = begin; i < end; ++i) {
    if (text[i] == '_') {
      if (!underscore_allowed) return Status::kInvalid;
      underscore_allowed = false;
      last_was_digit = false;
      continue;
    }
    const unsigned value = CharValue(text[i]);
    if (value >= base) return Status::kInvalid;
    if (first_digit == end) first_digit = i;
    nonzero = nonzero || value != 0;
    underscore_allowed = true;
    last_was_digit = true;
  }
  if (!last_was_digit) return Status::kInvalid;  // no digits, or a trailing underscore
  // int('010', 0) is an error (it would be octal in Python 2); int('00', 0) is 0.
  if (automatic_decimal && text[first_digit] == '0' && nonzero) return Status::kInvalid;

  const Literal literal{text, begin, end, base};
  const unsigned bits_per_char = BitsPerChar(base);
  const size_t digits =
      bits_per_char != 0 ? ParsePowerOfTwo(literal, bits_per_char, out) : ParseOtherBase(literal, out);
  *result = MakeResult(digits, negative);
  return Status::kOk;
}

}  // namespace bigint
}  // namespace mica
