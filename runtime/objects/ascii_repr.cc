#include "runtime/objects/ascii_repr.h"

#include <stdint.h>

#include "runtime/objects/exception.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"

namespace mica {

void AppendAsciiEscaped(StringBuilder* out, const char* text, size_t length) {
  static constexpr char kHex[] = "0123456789abcdef";
  size_t i = 0;
  while (i < length) {
    const uint8_t lead = static_cast<uint8_t>(text[i]);
    if (lead < 0x80) {
      out->AppendChar(static_cast<char>(lead));
      ++i;
      continue;
    }
    const size_t n = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2);
    uint32_t code = lead & (0x7F >> n);
    for (size_t k = 1; k < n && i + k < length; ++k) code = (code << 6) | (static_cast<uint8_t>(text[i + k]) & 0x3F);
    i += n;
    const int digits = code <= 0xFF ? 2 : (code <= 0xFFFF ? 4 : 8);
    out->AppendChar('\\');
    out->AppendChar(digits == 2 ? 'x' : (digits == 4 ? 'u' : 'U'));
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out->AppendChar(kHex[(code >> shift) & 0xF]);
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
