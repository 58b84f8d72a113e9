// Float literals: decimal source text to the nearest double, correctly rounded (ties to even), without the C
// library (strtod depends on the locale, and embedded libcs allocate in it) and without allocation.
//
// Most literals take the exact fast path (at most 15 significant digits and a small exponent: one IEEE
// operation on exact operands). The rest start from a close approximation and correct it one ulp at a time by
// comparing the exact decimal value with the candidate, using a fixed-size big integer on the C stack
// (Clinger's AlgorithmR): about 2 KB of stack, only for such literals. Digits past the 800th only matter as
// "some nonzero digit follows", which is how they are kept.
#ifndef MICA_COMPILER_EMITTER_FLOAT_LITERAL_H_
#define MICA_COMPILER_EMITTER_FLOAT_LITERAL_H_

#include <stdint.h>

namespace mica {
namespace emit {

// The value of a valid float (or imaginary, or decimal int) literal text[0, length) as the lexer accepted it:
// digits with single '_' separators, an optional '.', an optional exponent, an optional trailing j/J (ignored).
// Too large gives +inf, too small gives 0.0, as in Python.
double DecodeFloatLiteral(const char* text, uint32_t length);

}  // namespace emit
}  // namespace mica

#endif  // MICA_COMPILER_EMITTER_FLOAT_LITERAL_H_
