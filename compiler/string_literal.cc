#include "compiler/string_literal.h"

#include "compiler/utf8.h"
#include "runtime/core_config.h"

namespace mica {
namespace {

// Appends to the caller's buffer while counting every byte, so one pass both measures and writes.
class Output {
 public:
  Output(char* out, uint32_t capacity) : out_(out), capacity_(capacity) {}
  void Byte(uint32_t byte) {
    if (length_ < capacity_) out_[length_] = static_cast<char>(byte);
    ++length_;
  }
  void CodePoint(uint32_t code_point) {
    uint8_t utf8[4];
    const uint32_t n = EncodeUtf8(code_point, utf8);
    for (uint32_t i = 0; i < n; ++i) Byte(utf8[i]);
  }
  uint32_t length() const { return length_; }

 private:
  char* out_;
  uint32_t capacity_;
  uint32_t length_ = 0;
};

uint32_t HexValue(char c) {
  if (c >= '0' && c <= '9') return static_cast<uint32_t>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<uint32_t>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<uint32_t>(c - 'A' + 10);
  return 16;
}

// Reads exactly `digits` hex digits at body[i]; false if there are fewer.
bool ReadHex(const char* body, uint32_t length, uint32_t i, uint32_t digits, uint32_t* value) {
  if (length - i < digits) return false;
  uint32_t result = 0;
  for (uint32_t k = 0; k < digits; ++k) {
    const uint32_t digit = HexValue(body[i + k]);
    if (digit > 15) return false;
    result = result * 16 + digit;
  }
  *value = result;
  return true;
}

StringDecode Failure(const char* message, uint32_t offset) {
  StringDecode result;
  result.error = message;
  result.error_offset = offset;
  return result;
}

// The value-producing escapes after a backslash at body[i - 1]; advances *i past the escape. Returns an error
// message or nullptr.
const char* DecodeEscape(const char* body, uint32_t length, uint32_t* i, bool bytes, Output* out) {
  const char c = body[*i];
  ++*i;
  switch (c) {
    case '\n': return nullptr;  // continuation: the backslash and the newline vanish
    case '\r':
      if (*i < length && body[*i] == '\n') ++*i;
      return nullptr;
    case '\\': out->Byte('\\'); return nullptr;
    case '\'': out->Byte('\''); return nullptr;
    case '"': out->Byte('"'); return nullptr;
    case 'a': out->Byte(7); return nullptr;
    case 'b': out->Byte(8); return nullptr;
    case 'f': out->Byte(12); return nullptr;
    case 'n': out->Byte(10); return nullptr;
    case 'r': out->Byte(13); return nullptr;
    case 't': out->Byte(9); return nullptr;
    case 'v': out->Byte(11); return nullptr;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      uint32_t value = static_cast<uint32_t>(c - '0');
      for (int k = 0; k < 2 && *i < length && body[*i] >= '0' && body[*i] <= '7'; ++k, ++*i) {
        value = value * 8 + static_cast<uint32_t>(body[*i] - '0');
      }
      // Above \377 CPython keeps the low byte in bytes (with a warning) and the code point in str.
      if (bytes) {
        out->Byte(value & 0xFF);
      } else if (!kUnicodeStrings && value <= 0xFF) {
        out->Byte(value);  // a bytes-like str: the byte itself
      } else {
        out->CodePoint(value);
      }
      return nullptr;
    }
    case 'x': {
      uint32_t value;
      if (!ReadHex(body, length, *i, 2, &value)) {
        return bytes ? "(value error) invalid \\x escape" : "(unicode error) truncated \\xXX escape";
      }
      *i += 2;
      // A bytes-like str's characters are bytes: \xNN is byte NN there too.
      if (bytes || !kUnicodeStrings) {
        out->Byte(value);
      } else {
        out->CodePoint(value);
      }
      return nullptr;
    }
    case 'u':
    case 'U':
      if (!bytes) {
        const uint32_t digits = c == 'u' ? 4 : 8;
        uint32_t value;
        if (!ReadHex(body, length, *i, digits, &value)) {
          return c == 'u' ? "(unicode error) truncated \\uXXXX escape" : "(unicode error) truncated \\UXXXXXXXX escape";
        }
        if (value > 0x10FFFF) return "(unicode error) illegal Unicode character";
        *i += digits;
        out->CodePoint(value);
        return nullptr;
      }
      break;
    case 'N':
      if (!bytes) return "(unicode error) \\N{...} escapes are not supported";
      break;
    default:
      break;
  }
  // Not an escape: the backslash stays, and the character is copied by the caller's loop.
  out->Byte('\\');
  --*i;
  return nullptr;
}

// One literal at text[*i]: prefix, quotes, body. Advances *i past it and sets the body's bounds and flags.
void ReadLiteral(const char* text, uint32_t length, uint32_t* i, uint32_t* body_start, uint32_t* body_end,
                 uint8_t* flags) {
  uint8_t f = 0;
  uint32_t p = *i;
  while (p < length && text[p] != '\'' && text[p] != '"') {
    const char letter = static_cast<char>(text[p] | 0x20);
    if (letter == 'r') f |= kDecodeRaw;
    if (letter == 'b') f |= kDecodeBytes;
    ++p;
  }
  if (p >= length) {
    *body_start = *body_end = *i = length;
    *flags = f;
    return;
  }
  const char quote = text[p];
  const bool triple = length - p >= 6 && text[p + 1] == quote && text[p + 2] == quote;
  const uint32_t quote_length = triple ? 3 : 1;
  uint32_t q = p + quote_length;
  *body_start = q;
  while (q < length) {
    if (text[q] == '\\') {
      q += 2;
      continue;
    }
    if (text[q] == quote && (!triple || (length - q >= 3 && text[q + 1] == quote && text[q + 2] == quote))) break;
    ++q;
  }
  if (q > length) q = length;
  *body_end = q;
  *i = q + quote_length < length ? q + quote_length : length;
  *flags = f;
}

// Skips what may separate adjacent literals: blanks, newlines, comments, backslash continuations.
uint32_t SkipSeparators(const char* text, uint32_t length, uint32_t i) {
  while (i < length) {
    const char c = text[i];
    if (c == '#') {
      while (i < length && text[i] != '\n' && text[i] != '\r') ++i;
    } else if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\\') {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

StringDecode DecodeInto(const char* body, uint32_t length, uint8_t flags, Output* out) {
  const bool raw = (flags & kDecodeRaw) != 0;
  const bool bytes = (flags & kDecodeBytes) != 0;
  const bool fstring = (flags & kDecodeFString) != 0;
  uint32_t i = 0;
  while (i < length) {
    const char c = body[i];
    const uint8_t u = static_cast<uint8_t>(c);
    if (c == '\r') {  // "\r\n" and a lone "\r" both mean "\n", as in a file read with universal newlines
      out->Byte('\n');
      i += (i + 1 < length && body[i + 1] == '\n') ? 2 : 1;
    } else if (c == '\\' && !raw && i + 1 < length) {
      const uint32_t escape = i;
      ++i;
      const char* error = DecodeEscape(body, length, &i, bytes, out);
      if (error != nullptr) return Failure(error, escape);
    } else if (fstring && (c == '{' || c == '}') && i + 1 < length && body[i + 1] == c) {
      out->Byte(u);
      i += 2;
    } else if (u >= 0x80) {
      if (bytes) return Failure("bytes can only contain ASCII literal characters", i);
      uint32_t code_point;
      const uint32_t n = DecodeUtf8(reinterpret_cast<const uint8_t*>(body + i),
                                    reinterpret_cast<const uint8_t*>(body + length), &code_point);
      if (n == 0) return Failure("(unicode error) invalid UTF-8", i);
      for (uint32_t k = 0; k < n; ++k) out->Byte(static_cast<uint8_t>(body[i + k]));
      i += n;
    } else {
      out->Byte(u);
      ++i;
    }
  }
  StringDecode result;
  result.length = out->length();
  return result;
}

}  // namespace

StringDecode DecodeStringBody(const char* body, uint32_t length, uint8_t flags, char* out, uint32_t capacity) {
  Output output(out, out == nullptr ? 0 : capacity);
  return DecodeInto(body, length, flags, &output);
}

StringDecode DecodeStringLiteral(const char* text, uint32_t length, char* out, uint32_t capacity) {
  Output output(out, out == nullptr ? 0 : capacity);
  uint32_t i = SkipSeparators(text, length, 0);
  while (i < length) {
    uint32_t body_start, body_end;
    uint8_t flags;
    ReadLiteral(text, length, &i, &body_start, &body_end, &flags);
    StringDecode piece = DecodeInto(text + body_start, body_end - body_start, flags, &output);
    if (piece.error != nullptr) {
      piece.error_offset += body_start;
      return piece;
    }
    i = SkipSeparators(text, length, i);
  }
  StringDecode result;
  result.length = output.length();
  return result;
}

}  // namespace mica
