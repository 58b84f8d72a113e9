#include "compiler/number_literal.h"

#include <string.h>

#include "runtime/core_config.h"

namespace mica {
namespace {

bool IsDecimalDigit(char c) { return c >= '0' && c <= '9'; }

// The value of `c` as a digit in base 16, or 99 if it is not one.
uint32_t DigitValue(char c) {
  if (c >= '0' && c <= '9') return static_cast<uint32_t>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<uint32_t>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<uint32_t>(c - 'A' + 10);
  return 99;
}

bool IsDigitIn(char c, uint32_t base) { return DigitValue(c) < base; }

bool IsNameChar(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
}

// CPython lets a literal touch these keywords ("1if x else y", "0x1for x in y"), with a warning.
bool StartsTolerableKeyword(const char* p, const char* end) {
  static constexpr const char* kKeywords[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
  for (const char* keyword : kKeywords) {
    const size_t n = strlen(keyword);
    if (static_cast<size_t>(end - p) >= n && memcmp(p, keyword, n) == 0) return true;
  }
  return false;
}

// Consumes digits of `base` starting at *q (which must be a digit), allowing single underscores between
// digits. Returns false, with *q at the bad underscore, if an underscore is not followed by a digit.
bool ScanDigits(const char** q, const char* end, uint32_t base) {
  const char* p = *q;
  for (;;) {
    while (p < end && IsDigitIn(*p, base)) ++p;
    if (p < end && *p == '_') {
      if (p + 1 < end && IsDigitIn(p[1], base)) {
        ++p;
        continue;
      }
      *q = p;
      return false;
    }
    *q = p;
    return true;
  }
}

NumberScan Error(const char* message, const char* start, const char* at) {
  NumberScan scan;
  scan.error = message;
  scan.error_offset = static_cast<uint32_t>(at - start);
  return scan;
}

NumberScan ScanPrefixed(const char* p, const char* end) {
  const char letter = static_cast<char>(p[1] | 0x20);
  const uint32_t base = letter == 'x' ? 16 : letter == 'o' ? 8 : 2;
  const char* invalid = base == 16 ? "invalid hexadecimal literal"
                        : base == 8 ? "invalid octal literal"
                                    : "invalid binary literal";
  const char* bad_digit = base == 8 ? "invalid digit in octal literal" : "invalid digit in binary literal";
  const char* q = p + 2;
  if (q < end && *q == '_') ++q;  // "0x_ff" is allowed
  if (q >= end || !IsDigitIn(*q, base)) {
    if (q < end && base != 16 && IsDecimalDigit(*q)) return Error(bad_digit, p, q);
    return Error(invalid, p, q);
  }
  if (!ScanDigits(&q, end, base)) {
    if (q + 1 < end && base != 16 && IsDecimalDigit(q[1])) return Error(bad_digit, p, q + 1);
    return Error(invalid, p, q);
  }
  if (q < end && base != 16 && IsDecimalDigit(*q)) return Error(bad_digit, p, q);
  if (q < end && IsNameChar(*q) && !StartsTolerableKeyword(q, end)) return Error(invalid, p, q);
  NumberScan scan;
  scan.length = static_cast<uint32_t>(q - p);
  scan.kind = NumberKind::kInt;
  return scan;
}

}  // namespace

NumberScan ScanNumber(const char* p, const char* end) {
  if (end - p >= 2 && p[0] == '0') {
    const char letter = static_cast<char>(p[1] | 0x20);
    if (letter == 'x' || letter == 'o' || letter == 'b') return ScanPrefixed(p, end);
  }
  static constexpr const char* kInvalid = "invalid decimal literal";
  NumberKind kind = NumberKind::kInt;
  const char* q = p;
  bool nonzero_with_leading_zero = false;
  if (*q != '.') {
    const bool leading_zero = *q == '0';
    if (!ScanDigits(&q, end, 10)) return Error(kInvalid, p, q);
    if (leading_zero) {
      for (const char* d = p; d < q; ++d) nonzero_with_leading_zero |= (*d != '0' && *d != '_');
    }
    if (q < end && *q == '.') {
      ++q;
      kind = NumberKind::kFloat;
      if (q < end && IsDecimalDigit(*q) && !ScanDigits(&q, end, 10)) return Error(kInvalid, p, q);
    }
  } else {
    ++q;  // the caller saw a digit after the dot
    kind = NumberKind::kFloat;
    if (!ScanDigits(&q, end, 10)) return Error(kInvalid, p, q);
  }
  if (q < end && (*q == 'e' || *q == 'E')) {
    const char* exponent = q + 1;
    if (exponent < end && (*exponent == '+' || *exponent == '-')) {
      ++exponent;
      if (exponent >= end || !IsDecimalDigit(*exponent)) return Error(kInvalid, p, exponent - 1);
    }
    if (exponent < end && IsDecimalDigit(*exponent)) {
      q = exponent;
      if (!ScanDigits(&q, end, 10)) return Error(kInvalid, p, q);
      kind = NumberKind::kFloat;
    }
    // Otherwise the 'e' is not an exponent ("1else"): the check below decides.
  }
  if (q < end && (*q == 'j' || *q == 'J')) {
    ++q;
    kind = NumberKind::kImaginary;
  }
  if (kind == NumberKind::kInt && nonzero_with_leading_zero) {
    return Error(
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", p, p);
  }
  if (q < end && IsNameChar(*q) && !StartsTolerableKeyword(q, end)) {
    return Error(kind == NumberKind::kImaginary ? "invalid imaginary literal" : kInvalid, p, q);
  }
  // A build without float (float = none) has no value to give a float or imaginary literal.
  if (!kHasFloat && kind != NumberKind::kInt) return Error("decimal numbers not supported", p, p);
  NumberScan scan;
  scan.length = static_cast<uint32_t>(q - p);
  scan.kind = kind;
  return scan;
}

uint32_t IntLiteralBase(const char* text, uint32_t length) {
  if (length >= 2 && text[0] == '0') {
    switch (text[1] | 0x20) {
      case 'x': return 16;
      case 'o': return 8;
      case 'b': return 2;
      default: break;
    }
  }
  return 10;
}

bool DecodeIntLiteral(const char* text, uint32_t length, uint64_t* value) {
  const uint32_t base = IntLiteralBase(text, length);
  uint64_t result = 0;
  for (uint32_t i = base == 10 ? 0 : 2; i < length; ++i) {
    if (text[i] == '_') continue;
    const uint32_t digit = DigitValue(text[i]);
    if (result > (UINT64_MAX - digit) / base) return false;
    result = result * base + digit;
  }
  *value = result;
  return true;
}

uint32_t CopyLiteralDigits(const char* text, uint32_t length, char* out, uint32_t capacity) {
  uint32_t i = IntLiteralBase(text, length) == 10 ? 0 : 2;
  uint32_t n = 0;
  for (; i < length; ++i) {
    const char c = text[i];
    if (c == '_' || c == 'j' || c == 'J') continue;
    if (n < capacity) out[n] = c;
    ++n;
  }
  return n;
}

}  // namespace mica
