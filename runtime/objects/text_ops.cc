#include "runtime/objects/text_ops.h"

#include <string.h>

namespace mica {
namespace text {
namespace {

// The code point of the UTF-8 sequence at data[i..n) and its length (valid UTF-8 assumed, as str guarantees).
uint32_t DecodeAt(const uint8_t* data, size_t n, size_t i, size_t* length) {
  const uint8_t lead = data[i];
  size_t count = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (i + count > n) count = n - i;
  uint32_t code = count == 1 ? lead : lead & (0x7F >> count);
  for (size_t k = 1; k < count; ++k) code = (code << 6) | (data[i + k] & 0x3F);
  *length = count;
  return code;
}

// The range the byte after `lead` must be in, for a valid lead byte; false for an invalid lead byte.
bool SecondByteRange(uint8_t lead, uint8_t* low, uint8_t* high, size_t* needed) {
  *low = 0x80;
  *high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    *needed = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    *needed = 3;
    if (lead == 0xE0) *low = 0xA0;
    if (lead == 0xED) *high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    *needed = 4;
    if (lead == 0xF0) *low = 0x90;
    if (lead == 0xF4) *high = 0x8F;  // nothing above U+10FFFF
  } else {
    return false;
  }
  return true;
}

// How many bytes from data[0] form a valid (possibly incomplete) prefix of a sequence; `needed` is its full length.
size_t ValidPrefix(const uint8_t* data, size_t n, size_t* needed) {
  *needed = 1;
  if (data[0] < 0x80) return 1;
  uint8_t low;
  uint8_t high;
  if (!SecondByteRange(data[0], &low, &high, needed)) return 0;
  size_t k = 1;
  for (; k < *needed && k < n; ++k) {
    const uint8_t c = data[k];
    if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) break;
  }
  return k;
}

}  // namespace

bool IsUnicodeSpace(uint32_t c) {
  if (c < 0x80) return IsAsciiSpace(static_cast<uint8_t>(c)) || (c >= 0x1C && c <= 0x1F);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

bool IsPrintable(uint32_t c) {
  if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD) return false;
  if (c != ' ' && IsUnicodeSpace(c)) return false;
  return !((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
           c == 0xFEFF || (c >= 0xD800 && c <= 0xDFFF) || (c >= 0xE000 && c <= 0xF8FF) || c == 0xFFFE || c == 0xFFFF);
}

void MapCase(const uint8_t* in, size_t n, uint8_t* out, CaseMap map, bool unicode) {
  bool previous_cased = false;
  for (size_t i = 0; i < n; ++i) {
    const uint8_t c = in[i];
    bool upper;
    switch (map) {
      case CaseMap::kUpper: upper = true; break;
      case CaseMap::kLower: upper = false; break;
      case CaseMap::kSwap: upper = IsAsciiLower(c); break;
      case CaseMap::kCapitalize: upper = i == 0; break;
      default: upper = !previous_cased; break;
    }
    previous_cased = IsAsciiAlpha(c) || (unicode && c >= 0x80);
    if (upper && IsAsciiLower(c)) {
      out[i] = static_cast<uint8_t>(c - 32);
    } else if (!upper && IsAsciiUpper(c)) {
      out[i] = static_cast<uint8_t>(c + 32);
    } else {
      out[i] = c;
    }
  }
}

bool IsTitle(const uint8_t* data, size_t n) {
  bool cased = false;
  bool previous_cased = false;
  for (size_t i = 0; i < n; ++i) {
    const uint8_t c = data[i];
    if (IsAsciiUpper(c)) {
      if (previous_cased) return false;
      previous_cased = cased = true;
    } else if (IsAsciiLower(c)) {
      if (!previous_cased) return false;
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return cased;
}

bool IsAllCase(const uint8_t* data, size_t n, bool upper) {
  bool cased = false;
  for (size_t i = 0; i < n; ++i) {
    if (upper ? IsAsciiLower(data[i]) : IsAsciiUpper(data[i])) return false;
    cased |= upper ? IsAsciiUpper(data[i]) : IsAsciiLower(data[i]);
  }
  return cased;
}

size_t LineBreakAt(const uint8_t* data, size_t n, size_t i, bool unicode) {
  const uint8_t c = data[i];
  if (c == '\r') return i + 1 < n && data[i + 1] == '\n' ? 2 : 1;
  if (c == '\n') return 1;
  if (!unicode) return 0;
  if (c == '\v' || c == '\f' || (c >= 0x1C && c <= 0x1E)) return 1;
  if (!StrMultiByte(unicode)) return 0;
  // U+0085 is C2 85; U+2028 and U+2029 are E2 80 A8/A9.
  if (c == 0xC2 && i + 1 < n && data[i + 1] == 0x85) return 2;
  if (c == 0xE2 && i + 2 < n && data[i + 1] == 0x80 && (data[i + 2] == 0xA8 || data[i + 2] == 0xA9)) return 3;
  return 0;
}

size_t SpaceAt(const uint8_t* data, size_t n, size_t i, bool unicode) {
  if (!StrMultiByte(unicode) || data[i] < 0x80) {
    const uint8_t c = data[i];
    return IsAsciiSpace(c) || (unicode && c >= 0x1C && c <= 0x1F) ? 1 : 0;
  }
  size_t length;
  return IsUnicodeSpace(DecodeAt(data, n, i, &length)) ? length : 0;
}

size_t SpaceBefore(const uint8_t* data, size_t end, bool unicode) {
  if (end == 0) return 0;
  size_t start = end - 1;
  if (StrMultiByte(unicode)) {
    while (start > 0 && IsContinuationByte(data[start])) --start;
  }
  const size_t length = SpaceAt(data, end, start, unicode);
  return length == end - start ? length : 0;
}

size_t CenterLeft(size_t pad, size_t width) { return pad / 2 + (pad & width & 1); }

size_t ExpandTabs(const uint8_t* in, size_t n, intptr_t tabsize, bool unicode, uint8_t* out) {
  size_t column = 0;
  size_t length = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint8_t c = in[i];
    if (c == '\t') {
      if (tabsize <= 0) continue;
      const size_t spaces = static_cast<size_t>(tabsize) - column % static_cast<size_t>(tabsize);
      for (size_t k = 0; k < spaces; ++k) {
        if (out != nullptr) out[length] = ' ';
        ++length;
      }
      column += spaces;
      continue;
    }
    if (c == '\n' || c == '\r') {
      column = 0;
    } else if (!StrMultiByte(unicode) || !IsContinuationByte(c)) {
      ++column;
    }
    if (out != nullptr) out[length] = c;
    ++length;
  }
  return length;
}

void ZeroFill(const uint8_t* in, size_t n, size_t pad, uint8_t* out) {
  size_t sign = n > 0 && (in[0] == '+' || in[0] == '-') ? 1 : 0;
  if (sign != 0) out[0] = in[0];
  for (size_t k = 0; k < pad; ++k) out[sign + k] = '0';
  for (size_t k = sign; k < n; ++k) out[pad + k] = in[k];
}

size_t HexLength(size_t n, intptr_t group) {
  if (n == 0) return 0;
  if (group == 0) return 2 * n;
  const size_t size = static_cast<size_t>(group < 0 ? -group : group);
  return 2 * n + (n - 1) / size;
}

void WriteHex(const uint8_t* data, size_t n, uint8_t sep, intptr_t group, uint8_t* out) {
  constexpr char kDigits[] = "0123456789abcdef";
  const size_t size = static_cast<size_t>(group < 0 ? -group : group);
  size_t o = 0;
  for (size_t i = 0; i < n; ++i) {
    // Groups are counted from the right for a positive group, from the left for a negative one.
    if (i > 0 && size > 0 && (group > 0 ? (n - i) % size : i % size) == 0) out[o++] = sep;
    out[o++] = static_cast<uint8_t>(kDigits[data[i] >> 4]);
    out[o++] = static_cast<uint8_t>(kDigits[data[i] & 15]);
  }
}

int HexDigitValue(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

size_t Utf8ValidLength(const uint8_t* data, size_t n) {
  size_t needed;
  const size_t prefix = ValidPrefix(data, n, &needed);
  return prefix == needed ? needed : 0;
}

size_t Utf8InvalidLength(const uint8_t* data, size_t n) {
  size_t needed;
  const size_t prefix = ValidPrefix(data, n, &needed);
  return prefix == 0 ? 1 : prefix;
}

}  // namespace text

size_t FindBytes(const char* haystack, size_t h_length, const char* needle, size_t n_length, size_t from,
                 bool reverse) {
  if (n_length > h_length || from > h_length - n_length) return kNoPosition;
  if (!reverse) {
    if (n_length == 0) return from;
    const size_t last = h_length - n_length;
    for (size_t i = from; i <= last; ++i) {
      const void* hit = memchr(haystack + i, needle[0], last - i + 1);
      if (hit == nullptr) return kNoPosition;
      i = static_cast<size_t>(static_cast<const char*>(hit) - haystack);
      if (memcmp(haystack + i, needle, n_length) == 0) return i;
    }
    return kNoPosition;
  }
  for (size_t i = h_length - n_length + 1; i-- > from;) {
    if (memcmp(haystack + i, needle, n_length) == 0) return i;
  }
  return kNoPosition;
}

}  // namespace mica
