// The int <-> float conversions of int.h (float(i), int(x)). In their own file because they exist only where
// float does: a float = none build does not compile this file (runtime/objects/BUILD.bazel).
#include <math.h>

#include "runtime/bigint/bigint.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/int.h"

namespace mica {

using bigint::BigResult;
using bigint::Digit;

Value IntToFloat(Value v, Float* out) {
  int64_t small;
  if (IntToInt64(v, &small) && ConvertsToFloatExactly(small)) {
    *out = static_cast<Float>(small);
    return Value::None();
  }
  Digit buffer[bigint::kInt64Digits];
  if (bigint::ToFloat(IntView(v, buffer), out) != bigint::Status::kOk) {
    return RaiseOverflowError("int too large to convert to float");
  }
  return Value::None();
}

Value IntFromFloat(Float value) {
  if (isnan(value)) return RaiseValueError("cannot convert float NaN to integer");
  if (isinf(value)) return RaiseOverflowError("cannot convert float infinity to integer");
  constexpr Float kTwoTo63 = 9223372036854775808.0;  // exact in every float format
  if (value < kTwoTo63 && value >= -kTwoTo63) return NewInt(static_cast<int64_t>(value));
  if constexpr (kIntsFitInt64) return RaiseIntOverflow();
  // Beyond int64: the digits on the stack (at most kMaxFloatDigits), then a normalised copy.
  Digit digits[bigint::kMaxFloatDigits + 1];
  BigResult r;
  bigint::FromFloat(value, digits, &r);
  return NewIntFromBig(bigint::BigView{digits, r.length, r.negative});
}

}  // namespace mica
