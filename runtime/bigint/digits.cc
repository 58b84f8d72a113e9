#include "runtime/bigint/digits.h"

#include <string.h>

namespace mica {
namespace bigint {

unsigned CountLeadingZeros(Digit digit) {
  // __builtin_clz takes an unsigned int, which is 32 bits on every target Mica supports.
  static_assert(sizeof(unsigned) == sizeof(Digit), "clz width");
  return static_cast<unsigned>(__builtin_clz(digit));
}

uint64_t BitLength(const Digit* digits, size_t length) {
  if (length == 0) return 0;
  return static_cast<uint64_t>(length) * kDigitBits - CountLeadingZeros(digits[length - 1]);
}

void CopyDigits(Digit* out, const Digit* from, size_t count) {
  if (count != 0) memcpy(out, from, count * sizeof(Digit));
}

void ZeroDigits(Digit* out, size_t count) {
  if (count != 0) memset(out, 0, count * sizeof(Digit));
}

}  // namespace bigint
}  // namespace mica
