// mica::Float, the C++ type of Python's float in this build: double (IEEE-754 binary64, as CPython) or float
// (binary32, for boards whose FPU is single precision: the STM32F405's Cortex-M4F computes binary32 in hardware
// and binary64 only in software). --//toolchains:float chooses it (toolchains/core_config.bzl); every float operation
// in the core, from arithmetic to repr() and float('1.5'), works in this one type, so results are those of the
// chosen format, correctly rounded, not a binary64 result rounded again.
//
// With float = none (kHasFloat false) Python has no float: the float libraries are not built and every use of a
// float sits in an `if constexpr (kHasFloat)` branch that is discarded. C++ still type-checks such branches, so
// Float keeps a type (the binary64 layout) for them; no code that runs in that build ever holds one.
#ifndef MICA_RUNTIME_FLOAT_TYPE_H_
#define MICA_RUNTIME_FLOAT_TYPE_H_

#include <stdint.h>

#include "runtime/core_config.h"

namespace mica {

// The layout of one IEEE-754 binary format, for code that takes a float apart or builds one from bits.
template <int bits>
struct FloatFormat;

template <>
struct FloatFormat<64> {
  using Type = double;
  using Bits = uint64_t;
  static constexpr int kFractionBits = 52;  // stored mantissa bits (the leading 1 is implicit)
  static constexpr int kExponentBias = 1023;
  static constexpr int kOverflowDecimal = 310;    // decimal text >= 10**this is infinite
  static constexpr int kUnderflowDecimal = -330;  // decimal text < 10**this rounds to zero
  static constexpr int kExactDecimalDigits = 15;    // every integer of this many digits is exact
  static constexpr int kExactPowerOfTen = 22;       // 10**k is exact up to this k
  static constexpr int kShortestDigits = 17;        // repr never needs more significant digits
};

template <>
struct FloatFormat<32> {
  using Type = float;
  using Bits = uint32_t;
  static constexpr int kFractionBits = 23;
  static constexpr int kExponentBias = 127;
  static constexpr int kOverflowDecimal = 40;
  static constexpr int kUnderflowDecimal = -50;
  static constexpr int kExactDecimalDigits = 7;
  static constexpr int kExactPowerOfTen = 10;
  static constexpr int kShortestDigits = 9;
};

using FloatLayout = FloatFormat<kHasFloat ? kFloatBits : 64>;
using Float = FloatLayout::Type;

// Derived from the layout: the biased exponent field of infinities and NaN (all ones), and the binary exponent of
// the leading bit of the largest finite value.
constexpr int kFloatExponentAllOnes = 2 * FloatLayout::kExponentBias + 1;
constexpr int kFloatMaxExponent = FloatLayout::kExponentBias;

// Every integer i with |i| <= this converts to a Float exactly (2**53, or 2**24 for binary32): below it a
// conversion needs no rounding and an int/float comparison can compare as Floats.
constexpr int64_t kFloatExactIntLimit = int64_t{1} << (FloatLayout::kFractionBits + 1);

inline bool ConvertsToFloatExactly(int64_t i) { return i <= kFloatExactIntLimit && i >= -kFloatExactIntLimit; }

static_assert(!kHasFloat || sizeof(Float) * 8 == kFloatBits, "mica::Float is an IEEE-754 binary32 or binary64");

}  // namespace mica

#endif  // MICA_RUNTIME_FLOAT_TYPE_H_
