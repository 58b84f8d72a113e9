// hash() of an int in CPython's numeric scheme, so equal numbers hash equal whatever their type: the hash of a
// rational x is x reduced modulo the Mersenne prime P = 2**kHashBits - 1 (sign kept), with -1 mapped to -2 because
// -1 means "error" in CPython's C API. kHashBits is 61 with 64-bit words and 31 with 32-bit words (CPython's
// _PyHASH_BITS), so hash(2**61) == 1 on a 64-bit host and hash(2**31) == 1 on a 32-bit board. The float object
// must reduce its values modulo the same P.
#ifndef MICA_RUNTIME_BIGINT_HASH_H_
#define MICA_RUNTIME_BIGINT_HASH_H_

#include <stdint.h>

#include "runtime/bigint/digits.h"

namespace mica {
namespace bigint {

constexpr unsigned kHashBits = sizeof(intptr_t) >= 8 ? 61 : 31;

// hash(a) with modulus 2**kHashBits - 1.
intptr_t Hash(BigView a);

// hash(a) with modulus 2**hash_bits - 1, hash_bits 31 or 61: lets a host check the 32-bit boards' values.
int64_t HashWithBits(BigView a, unsigned hash_bits);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_HASH_H_
