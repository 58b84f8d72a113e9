#include "runtime/names.h"

#include <string.h>

namespace mica {
namespace names {
namespace {

constexpr size_t Length(const char* text) {
  size_t n = 0;
  while (text[n] != 0) ++n;
  return n;
}

// Byte-wise comparison of (a, a_length) with (b, b_length), like memcmp followed by the shorter-first rule.
int Compare(const char* a, size_t a_length, const char* b, size_t b_length) {
  const size_t common = a_length < b_length ? a_length : b_length;
  const int c = memcmp(a, b, common);
  if (c != 0) return c;
  return a_length < b_length ? -1 : (a_length > b_length ? 1 : 0);
}

}  // namespace

// constexpr, so the compiler computes every length and hash and the table goes to read-only data.
constexpr BuiltinText kBuiltinTexts[kBuiltinCount] = {
#define MICA_NAME(identifier, text) {text, static_cast<uint16_t>(Length(text)), HashBytes(text, Length(text))},
#include "runtime/names.def"
#undef MICA_NAME
};

uint32_t FindBuiltin(const char* data, size_t length) {
  uint32_t low = 0;
  uint32_t high = kBuiltinCount;
  while (low < high) {
    const uint32_t middle = low + (high - low) / 2;
    const BuiltinText& entry = kBuiltinTexts[middle];
    const int c = Compare(entry.chars, entry.length, data, length);
    if (c == 0) return middle;
    if (c < 0) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return kNotFound;
}

}  // namespace names
}  // namespace mica
