// Ordering of magnitudes and of signed values (Python's <, ==, > on ints). Inputs must be normalised.
#ifndef MICA_RUNTIME_BIGINT_COMPARE_H_
#define MICA_RUNTIME_BIGINT_COMPARE_H_

#include <stddef.h>

#include "runtime/bigint/digits.h"

namespace mica {
namespace bigint {

// -1, 0 or 1 as |a| is less than, equal to or greater than |b|.
int CompareMagnitudes(const Digit* a, size_t a_length, const Digit* b, size_t b_length);

// -1, 0 or 1 as a is less than, equal to or greater than b.
int Compare(BigView a, BigView b);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_COMPARE_H_
