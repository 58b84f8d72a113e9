#include "runtime/bigint/int64_convert.h"

namespace mica {
namespace bigint {
namespace {

static_assert(kInt64Digits * kDigitBits == 64, "a 64-bit value is a whole number of digits");

// The magnitude as a uint64, or false when it has more than 64 bits.
bool Magnitude64(BigView a, uint64_t* out) {
  if (a.length > kInt64Digits) return false;
  uint64_t value = 0;
  for (size_t i = a.length; i-- > 0;) value = (value << kDigitBits) | a.digits[i];
  *out = value;
  return true;
}

}  // namespace

size_t FromUint64(uint64_t value, Digit* out) {
  size_t length = 0;
  while (value != 0) {
    out[length++] = static_cast<Digit>(value);
    value >>= kDigitBits;
  }
  return length;
}

BigResult FromInt64(int64_t value, Digit* out) {
  // Negate in unsigned arithmetic so INT64_MIN has a well-defined magnitude.
  const uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  return MakeResult(FromUint64(magnitude, out), value < 0);
}

Status ToInt64(BigView a, int64_t* out) {
  uint64_t magnitude;
  if (!Magnitude64(a, &magnitude)) return Status::kOverflow;
  const uint64_t limit = a.negative ? uint64_t{1} << 63 : (uint64_t{1} << 63) - 1;
  if (magnitude > limit) return Status::kOverflow;
  *out = a.negative ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude);
  return Status::kOk;
}

Status ToUint64(BigView a, uint64_t* out) {
  if (a.negative) return Status::kOverflow;
  uint64_t magnitude;
  if (!Magnitude64(a, &magnitude)) return Status::kOverflow;
  *out = magnitude;
  return Status::kOk;
}

}  // namespace bigint
}  // namespace mica
