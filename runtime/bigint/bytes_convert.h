// int.to_bytes() and int.from_bytes(): a fixed number of bytes, either byte order, unsigned or two's complement.
#ifndef MICA_RUNTIME_BIGINT_BYTES_CONVERT_H_
#define MICA_RUNTIME_BIGINT_BYTES_CONVERT_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/bigint/digits.h"

namespace mica {
namespace bigint {

enum class ByteOrder : uint8_t { kLittle, kBig };

// Digits FromBytes may write for `count` bytes.
inline size_t FromBytesDigits(size_t count) {
  return count / sizeof(Digit) + 1;
}

// int.from_bytes(bytes[0..count), order, signed=is_signed).
BigResult FromBytes(const uint8_t* bytes, size_t count, ByteOrder order, bool is_signed, Digit* out);

// a.to_bytes(count, order, signed=is_signed) into out[0..count). kOverflow when a does not fit (negative and
// unsigned, or too large), as int.to_bytes raises OverflowError; out is unspecified then.
Status ToBytes(BigView a, uint8_t* out, size_t count, ByteOrder order, bool is_signed);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_BYTES_CONVERT_H_
