// text -> int with the rules of Python's int(text, base): surrounding whitespace, an optional sign, a base prefix
// (0x/0o/0b, either case) when base is 0 or matches it, single underscores between digits and after a prefix,
// and with base 0 no leading zeros on a nonzero decimal ("010" is an error, "00" is 0).
//
// Only ASCII is understood: the int object must map non-ASCII whitespace and Unicode digits (int('٣') == 3) to
// ASCII first, or reject them.
#ifndef MICA_RUNTIME_BIGINT_TEXT_PARSE_H_
#define MICA_RUNTIME_BIGINT_TEXT_PARSE_H_

#include <stddef.h>

#include "runtime/bigint/digits.h"

namespace mica {
namespace bigint {

// Digits FromText may write for `length` characters in `base` (0 for int(text, 0)'s automatic base).
size_t FromTextDigits(size_t length, unsigned base);

// Parses text[0..length) in `base` (0 or 2..36) into out. Returns kInvalid, and leaves *result alone, for text
// int() rejects or a base outside 0, 2..36.
Status FromText(const char* text, size_t length, unsigned base, Digit* out, BigResult* result);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_TEXT_PARSE_H_
