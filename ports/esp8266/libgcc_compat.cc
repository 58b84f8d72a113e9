// Integer division and multiplication helpers that GCC calls on the lx106 (it has no divide instruction) and
// that Debian's libgcc for xtensa-lx106-elf lacks. The 64-bit ones defer to the __udivmoddi4/__divmoddi4 that
// libgcc does have; the 32-bit ones are a plain restoring division, which is all the hardware offers anyway.
#include <stdint.h>

extern "C" {

uint64_t __udivmoddi4(uint64_t numerator, uint64_t denominator, uint64_t* remainder);
int64_t __divmoddi4(int64_t numerator, int64_t denominator, int64_t* remainder);

uint32_t __udivsi3(uint32_t numerator, uint32_t denominator);
uint32_t __umodsi3(uint32_t numerator, uint32_t denominator);
int32_t __divsi3(int32_t numerator, int32_t denominator);
uint64_t __udivdi3(uint64_t numerator, uint64_t denominator);
uint64_t __umoddi3(uint64_t numerator, uint64_t denominator);
int64_t __divdi3(int64_t numerator, int64_t denominator);
uint64_t __umulsidi3(uint32_t a, uint32_t b);
uint64_t __muldi3(uint64_t a, uint64_t b);

}  // extern "C"

namespace {

// Restoring division, one quotient bit per step. Division by zero returns all-ones (as the hardware of other
// cores does); the runtime checks for zero before it divides, so this is never reached from Python.
uint32_t DivMod32(uint32_t numerator, uint32_t denominator, uint32_t* remainder) {
  if (denominator == 0) {
    *remainder = numerator;
    return UINT32_MAX;
  }
  uint32_t quotient = 0;
  uint32_t rest = 0;
  for (int bit = 31; bit >= 0; --bit) {
    rest = (rest << 1) | ((numerator >> bit) & 1u);
    if (rest >= denominator) {
      rest -= denominator;
      quotient |= 1u << bit;
    }
  }
  *remainder = rest;
  return quotient;
}

uint32_t Magnitude(int32_t value) { return value < 0 ? 0u - static_cast<uint32_t>(value) : static_cast<uint32_t>(value); }

}  // namespace

extern "C" {

uint32_t __udivsi3(uint32_t numerator, uint32_t denominator) {
  uint32_t rest;
  return DivMod32(numerator, denominator, &rest);
}

uint32_t __umodsi3(uint32_t numerator, uint32_t denominator) {
  uint32_t rest;
  DivMod32(numerator, denominator, &rest);
  return rest;
}

int32_t __divsi3(int32_t numerator, int32_t denominator) {
  uint32_t rest;
  const uint32_t quotient = DivMod32(Magnitude(numerator), Magnitude(denominator), &rest);
  return (numerator < 0) != (denominator < 0) ? static_cast<int32_t>(0u - quotient) : static_cast<int32_t>(quotient);
}

uint64_t __udivdi3(uint64_t numerator, uint64_t denominator) { return __udivmoddi4(numerator, denominator, nullptr); }

uint64_t __umoddi3(uint64_t numerator, uint64_t denominator) {
  uint64_t rest;
  __udivmoddi4(numerator, denominator, &rest);
  return rest;
}

int64_t __divdi3(int64_t numerator, int64_t denominator) {
  int64_t rest;
  return __divmoddi4(numerator, denominator, &rest);
}

uint64_t __umulsidi3(uint32_t a, uint32_t b) {
  // Schoolbook on 16-bit halves: every partial product fits 32 bits.
  const uint32_t a_lo = a & 0xFFFF, a_hi = a >> 16, b_lo = b & 0xFFFF, b_hi = b >> 16;
  const uint64_t low = static_cast<uint64_t>(a_lo * b_lo);
  const uint64_t middle = static_cast<uint64_t>(a_hi * b_lo) + static_cast<uint64_t>(a_lo * b_hi);
  const uint64_t high = static_cast<uint64_t>(a_hi * b_hi);
  return low + (middle << 16) + (high << 32);
}

uint64_t __muldi3(uint64_t a, uint64_t b) {
  const uint32_t a_lo = static_cast<uint32_t>(a), a_hi = static_cast<uint32_t>(a >> 32);
  const uint32_t b_lo = static_cast<uint32_t>(b), b_hi = static_cast<uint32_t>(b >> 32);
  return __umulsidi3(a_lo, b_lo) + (static_cast<uint64_t>(a_lo * b_hi + a_hi * b_lo) << 32);
}

}  // extern "C"
