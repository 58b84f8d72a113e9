// String and bytes literals: from source text to value.
//
// DecodeStringBody turns the text between the quotes into the value: escapes (\n \t \\ \' \" \a \b \f \v, octal
// \ooo, \xhh, and in str only \uXXXX \UXXXXXXXX), backslash-newline continuations, and newlines normalised to
// "\n". A str decodes to UTF-8; a bytes literal may hold only ASCII characters. \N{name} is rejected (no Unicode
// name table on a microcontroller). Where str is bytes-like (kUnicodeStrings false), \xNN and octal escapes up to
// \377 in a str give the byte itself (as in a bytes literal), while \uXXXX and \UXXXXXXXX give the UTF-8 bytes of
// the code point, so '\u00e9' == 'é' == '\xc3\xa9' (MicroPython gives the byte E9 for '\u00e9' and rejects
// '\u20ac'). Unknown escapes such as "\d" keep the backslash, as in CPython.
// The lexer runs the decoder once without an output buffer to validate every literal it returns, so decoding a
// literal from the AST cannot fail for any reason but capacity.
#ifndef MICA_COMPILER_STRING_LITERAL_H_
#define MICA_COMPILER_STRING_LITERAL_H_

#include <stdint.h>

namespace mica {

enum DecodeFlags : uint8_t {
  kDecodeRaw = 1 << 0,      // r prefix: backslashes are literal (only newlines are normalised)
  kDecodeBytes = 1 << 1,    // b prefix: escapes give bytes, non-ASCII characters are an error
  kDecodeFString = 1 << 2,  // literal text of an f-string: "{{" and "}}" stand for "{" and "}"
};

struct StringDecode {
  uint32_t length = 0;          // bytes in the value (all of them, even past `capacity`)
  const char* error = nullptr;  // the SyntaxError message, or nullptr
  uint32_t error_offset = 0;    // where the problem is, from the start of the decoded text
};

// Decodes body[0, length) with `flags` (DecodeFlags) into out[0, capacity). `out` may be null when capacity is 0.
StringDecode DecodeStringBody(const char* body, uint32_t length, uint8_t flags, char* out, uint32_t capacity);

// Decodes the source text of a Str or Bytes node: one or more adjacent literal tokens, with their prefixes and
// quotes and whatever separates them (spaces, newlines, comments, backslash continuations), concatenated.
StringDecode DecodeStringLiteral(const char* text, uint32_t length, char* out, uint32_t capacity);

}  // namespace mica

#endif  // MICA_COMPILER_STRING_LITERAL_H_
