#include "runtime/objects/ascii_repr.h"

#include <stdint.h>

#include "runtime/objects/exception.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"

namespace mica {

size_t EscapeCodePoint(uint32_t code, char* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  const int digits = code <= 0xFF ? 2 : (code <= 0xFFFF ? 4 : 8);
  size_t n = 0;
  out[n++] = '\\';
  out[n++] = digits == 2 ? 'x' : (digits == 4 ? 'u' : 'U');
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out[n++] = kHex[(code >> shift) & 0xF];
  return n;
}

void AppendAsciiEscaped(StringBuilder* out, const char* text, size_t length) {
  size_t pos = 0;
  while (pos < length) {
    const uint32_t code = StrNextChar(text, length, &pos);  // a byte, escaped as \xNN, where str is bytes-like
    if (code < 0x80) {
      out->AppendChar(static_cast<char>(code));
      continue;
    }
    char escape[10];
    out->Append(escape, EscapeCodePoint(code, escape));
  }
}

Value Ascii(Value value) {
  const Value repr = Repr(value);
  MICA_TRY(repr);
  const char* data = "";
  size_t length = 0;
  StrData(repr, &data, &length);
  size_t i = 0;
  while (i < length && static_cast<uint8_t>(data[i]) < 0x80) ++i;
  if (i == length) return repr;
  StringBuilder out;
  AppendAsciiEscaped(&out, data, length);
  return out.Finish();
}

}  // namespace mica
