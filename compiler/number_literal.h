// Number literals: the lexer's scanner (which enforces Python's rules) and decoders for the emitter.
//
// Python's rules: decimal, 0x/0o/0b ints; one '_' only between digits (or right after the base prefix); no
// leading zeros in a non-zero decimal int; floats with '.', exponents; a trailing j/J makes an imaginary
// number. A literal may not run into a name ("1abc"), except for the keywords CPython tolerates ("1if x else y").
#ifndef MICA_COMPILER_NUMBER_LITERAL_H_
#define MICA_COMPILER_NUMBER_LITERAL_H_

#include <stdint.h>

#include "compiler/token.h"

namespace mica {

struct NumberScan {
  uint32_t length = 0;             // bytes of the literal, when error is nullptr
  NumberKind kind = NumberKind::kInt;
  const char* error = nullptr;     // the SyntaxError message, or nullptr
  uint32_t error_offset = 0;       // where the problem is, from the start of the literal
};

// Scans the literal at `p` (a digit, or '.' followed by a digit); `end` bounds the source.
NumberScan ScanNumber(const char* p, const char* end);

// The base of a valid int literal: 2, 8, 10 or 16.
uint32_t IntLiteralBase(const char* text, uint32_t length);

// The value of a valid int literal, if it fits in 64 bits; false when it does not (the runtime then builds a
// big int from the digits, see CopyLiteralDigits).
bool DecodeIntLiteral(const char* text, uint32_t length, uint64_t* value);

// Copies the digits of a valid literal without base prefix, underscores and imaginary suffix ("0x_ff" -> "ff",
// "1_0.5e3j" -> "10.5e3") to `out`, for big-int or float conversion by the runtime. Writes at most `capacity`
// bytes and returns the full length.
uint32_t CopyLiteralDigits(const char* text, uint32_t length, char* out, uint32_t capacity);

}  // namespace mica

#endif  // MICA_COMPILER_NUMBER_LITERAL_H_
