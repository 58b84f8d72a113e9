// UTF-8 for the front end: source text is UTF-8, and str literals decode to UTF-8.
//
// DecodeUtf8 accepts only well-formed sequences (no overlong forms, no surrogates, nothing above U+10FFFF), so
// a source file that passes the lexer holds valid UTF-8 in its names, strings and comments.
#ifndef MICA_COMPILER_UTF8_H_
#define MICA_COMPILER_UTF8_H_

#include <stdint.h>

namespace mica {

// A byte that continues a multi-byte sequence (10xxxxxx): it does not start a new character.
inline bool IsUtf8Continuation(uint8_t byte) { return (byte & 0xC0) == 0x80; }

// Decodes the sequence at `p` (which must be < `end`): returns its length (1..4) and sets *code_point, or returns
// 0 if the bytes are not well-formed UTF-8.
uint32_t DecodeUtf8(const uint8_t* p, const uint8_t* end, uint32_t* code_point);

// Writes `code_point` (at most 0x10FFFF) as UTF-8 and returns the length (1..4). Lone surrogates, which "\ud800"
// can produce, are written as their 3-byte form so every str escape has a value.
uint32_t EncodeUtf8(uint32_t code_point, uint8_t out[4]);

}  // namespace mica

#endif  // MICA_COMPILER_UTF8_H_
