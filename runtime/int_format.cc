#include "runtime/int_format.h"

namespace mica {
namespace {

char PrefixLetter(uint8_t base) {
  switch (base) {
    case 2: return 'b';
    case 8: return 'o';
    case 16: return 'x';
    default: return 0;
  }
}

size_t Format(bool negative, uint64_t magnitude, IntFormat format, char* out, size_t capacity) {
  if (format.base < 2 || format.base > 36) return 0;
  // Digits come out least significant first; build them at the end of a scratch buffer.
  char scratch[kMaxIntText];
  size_t pos = sizeof scratch;
  const char letter_a = format.uppercase ? 'A' : 'a';
  do {
    const uint32_t digit = static_cast<uint32_t>(magnitude % format.base);
    magnitude /= format.base;
    scratch[--pos] = static_cast<char>(digit < 10 ? '0' + digit : letter_a + (digit - 10));
  } while (magnitude != 0);
  const char prefix = format.prefix ? PrefixLetter(format.base) : 0;
  if (prefix != 0) {
    scratch[--pos] = prefix;
    scratch[--pos] = '0';
  }
  if (negative) scratch[--pos] = '-';
  const size_t length = sizeof scratch - pos;
  if (length > capacity) return 0;
  for (size_t i = 0; i < length; ++i) out[i] = scratch[pos + i];
  return length;
}

}  // namespace

size_t FormatUint(uint64_t value, IntFormat format, char* out, size_t capacity) {
  return Format(false, value, format, out, capacity);
}

size_t FormatInt(int64_t value, IntFormat format, char* out, size_t capacity) {
  // Negate in unsigned arithmetic so INT64_MIN has a well-defined magnitude.
  const uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  return Format(value < 0, magnitude, format, out, capacity);
}

}  // namespace mica
