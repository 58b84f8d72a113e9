// Python integer arithmetic on small-int payloads: the interpreter's inline fast paths.
//
// Each function computes the exact Python result when it is itself a small int and returns true; otherwise it
// returns false and the interpreter hands the operation to the slow-path hook (VmHooks::binary_op), which
// raises (ZeroDivisionError, ValueError: negative shift count) or computes a big int or a float. Nothing here
// can overflow a C integer: every step is checked or provably in range, since small ints are one bit narrower
// than intptr_t. The code works on payloads, not tagged words, so a board may change Value's encoding.
#ifndef MICA_RUNTIME_VM_SMALL_INT_OPS_H_
#define MICA_RUNTIME_VM_SMALL_INT_OPS_H_

#include <stdint.h>

#include "runtime/value.h"

namespace mica {
namespace vm {

constexpr int kWordBits = static_cast<int>(sizeof(intptr_t) * 8);

inline bool InSmallIntRange(intptr_t v) {
  return v >= Value::kSmallIntMin && v <= Value::kSmallIntMax;
}

inline bool SmallIntAdd(intptr_t a, intptr_t b, intptr_t* out) {
  return !__builtin_add_overflow(a, b, out) && InSmallIntRange(*out);
}

inline bool SmallIntSubtract(intptr_t a, intptr_t b, intptr_t* out) {
  return !__builtin_sub_overflow(a, b, out) && InSmallIntRange(*out);
}

inline bool SmallIntMultiply(intptr_t a, intptr_t b, intptr_t* out) {
  return !__builtin_mul_overflow(a, b, out) && InSmallIntRange(*out);
}

// Python rounds the quotient towards minus infinity; C truncates towards zero, so a quotient with a nonzero
// remainder and operands of opposite signs is one too large. kSmallIntMin // -1 leaves the range (and is the
// only such case); it cannot trap in C because kSmallIntMin > INTPTR_MIN.
inline bool SmallIntFloorDivide(intptr_t a, intptr_t b, intptr_t* out) {
  if (b == 0) return false;
  intptr_t quotient = a / b;
  if (a % b != 0 && ((a < 0) != (b < 0))) --quotient;
  *out = quotient;
  return InSmallIntRange(quotient);
}

// The remainder takes the divisor's sign in Python; its magnitude stays below |b|, so it is always in range.
inline bool SmallIntModulo(intptr_t a, intptr_t b, intptr_t* out) {
  if (b == 0) return false;
  intptr_t remainder = a % b;
  if (remainder != 0 && ((remainder < 0) != (b < 0))) remainder += b;
  *out = remainder;
  return true;
}

// Square-and-multiply. The base is squared only while higher exponent bits remain, so an overflow in a square
// means the result overflows too (|base| >= 2 then). Negative exponents give floats: slow path.
inline bool SmallIntPower(intptr_t base, intptr_t exponent, intptr_t* out) {
  if (exponent < 0) return false;
  intptr_t result = 1;
  for (;;) {
    if ((exponent & 1) != 0 && __builtin_mul_overflow(result, base, &result)) return false;
    exponent >>= 1;
    if (exponent == 0) break;
    if (__builtin_mul_overflow(base, base, &base)) return false;
  }
  *out = result;
  return InSmallIntRange(result);
}

// A left shift that loses bits or leaves the range goes to the slow path (a big int); so do negative counts
// (ValueError) and counts of a word or more with a nonzero value.
inline bool SmallIntLeftShift(intptr_t a, intptr_t count, intptr_t* out) {
  if (count < 0) return false;
  if (a == 0) {
    *out = 0;
    return true;
  }
  if (count >= kWordBits - 1) return false;
  const intptr_t shifted = static_cast<intptr_t>(static_cast<uintptr_t>(a) << count);
  if ((shifted >> count) != a) return false;
  *out = shifted;
  return InSmallIntRange(shifted);
}

// An arithmetic right shift is exact for any non-negative count: beyond the word only the sign remains.
inline bool SmallIntRightShift(intptr_t a, intptr_t count, intptr_t* out) {
  if (count < 0) return false;
  *out = count >= kWordBits ? (a < 0 ? -1 : 0) : a >> count;
  return true;
}

// -kSmallIntMin is kSmallIntMax + 1.
inline bool SmallIntNegate(intptr_t a, intptr_t* out) {
  if (a == Value::kSmallIntMin) return false;
  *out = -a;
  return true;
}

}  // namespace vm
}  // namespace mica

#endif  // MICA_RUNTIME_VM_SMALL_INT_OPS_H_
