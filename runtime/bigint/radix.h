// Facts about the number bases 2..36 that text conversion needs. Internal to runtime/bigint/.
#ifndef MICA_RUNTIME_BIGINT_RADIX_H_
#define MICA_RUNTIME_BIGINT_RADIX_H_

#include <stdint.h>

#include "runtime/bigint/digits.h"

namespace mica {
namespace bigint {

constexpr unsigned kMinBase = 2;
constexpr unsigned kMaxBase = 36;

// ceil(log2(base) * 65536), for sizing text from bits and bits from text. base must be in 2..36.
uint32_t Log2Times65536RoundedUp(unsigned base);

// log2(base) when base is a power of two (bits per character), else 0.
unsigned BitsPerChar(unsigned base);

// The largest power of base that fits a Digit, as base**chars: each division by it yields `chars` characters.
struct RadixChunk {
  Digit power;
  unsigned chars;
};
RadixChunk ChunkFor(unsigned base);

// The value of an ASCII digit or letter (either case) in bases up to 36, or 36 or more for anything else.
unsigned CharValue(char c);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_RADIX_H_
