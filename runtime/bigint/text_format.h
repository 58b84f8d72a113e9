// int -> text in any base 2..36: str(), repr(), hex(), oct(), bin() and format() of big ints.
//
// Power-of-two bases are a linear bit walk. Decimal converts to base 10**9 chunks of nine characters, and other
// bases peel off chunks of as many characters as fit a digit by repeated single-digit division. Both are
// quadratic, with a step of one multiplication by a reciprocal and never a library division, so 30103 decimal
// digits take milliseconds.
#ifndef MICA_RUNTIME_BIGINT_TEXT_FORMAT_H_
#define MICA_RUNTIME_BIGINT_TEXT_FORMAT_H_

#include <stddef.h>

#include "runtime/bigint/digits.h"
#include "runtime/int_format.h"

namespace mica {
namespace bigint {

// An upper bound of the characters ToText writes for a magnitude of `length` digits (sign and prefix included).
// 0 for a base outside 2..36.
size_t TextChars(size_t length, unsigned base);

// Scratch digits ToText needs: the base 10**9 chunks for decimal (a digit holds 32 * log10(2) / 9 < 1 + 1/14
// chunks), or a copy of the magnitude to divide down for other bases.
inline size_t TextScratchDigits(size_t length) {
  return length + length / 14 + 3;
}

// Writes a in `format` (base, "0x"-style prefix, letter case; see runtime/int_format.h) to out[0..capacity),
// without a terminator, and returns the number of characters. Returns 0 when the base is out of range or the text
// does not fit. As in Python, the sign comes before the prefix: hex(-255) == '-0xff'.
size_t ToText(BigView a, IntFormat format, char* out, size_t capacity, Digit* scratch);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_TEXT_FORMAT_H_
