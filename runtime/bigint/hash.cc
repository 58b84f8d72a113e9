#include "runtime/bigint/hash.h"

namespace mica {
namespace bigint {

int64_t HashWithBits(BigView a, unsigned hash_bits) {
  const uint64_t modulus = (uint64_t{1} << hash_bits) - 1;
  // Horner's rule from the top digit: x = x * 2**32 + digit (mod P). Because 2**hash_bits == 1 (mod P),
  // multiplying by 2**32 is a rotation of the hash_bits-bit value x by 32 mod hash_bits bits.
  const unsigned rotate = kDigitBits % hash_bits;
  uint64_t x = 0;
  for (size_t i = a.length; i-- > 0;) {
    if (rotate != 0) x = ((x << rotate) & modulus) | (x >> (hash_bits - rotate));
    x += a.digits[i];                      // < 2**hash_bits + 2**32
    x = (x & modulus) + (x >> hash_bits);  // fold: 2**hash_bits == 1 (mod P); now x < 2 * P
    if (x >= modulus) x -= modulus;
  }
  int64_t hash = static_cast<int64_t>(x);
  if (a.negative) hash = -hash;
  return hash == -1 ? -2 : hash;
}

intptr_t Hash(BigView a) {
  return static_cast<intptr_t>(HashWithBits(a, kHashBits));
}

}  // namespace bigint
}  // namespace mica
