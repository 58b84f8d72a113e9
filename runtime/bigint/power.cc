#include "runtime/bigint/power.h"

#include "runtime/bigint/add_subtract.h"
#include "runtime/bigint/divide.h"
#include "runtime/bigint/multiply.h"
#include "runtime/bigint/shift.h"

namespace mica {
namespace bigint {
namespace {

constexpr Digit kOne = 1;

// When |base| is 2**k, sets *k: such powers are a shift.
bool IsPowerOfTwo(BigView base, uint64_t* k) {
  if (base.length == 0) return false;
  const Digit top = base.digits[base.length - 1];
  if ((top & (top - 1)) != 0) return false;
  for (size_t i = 0; i + 1 < base.length; ++i) {
    if (base.digits[i] != 0) return false;
  }
  *k = BitLength(base.digits, base.length) - 1;
  return true;
}

unsigned TopBit(uint64_t value) {
  unsigned bit = 0;
  while (value >> bit > 1) ++bit;
  return bit;
}

unsigned PopCount(uint64_t value) {
  unsigned count = 0;
  for (; value != 0; value &= value - 1) ++count;
  return count;
}

bool BitAt(const Digit* digits, uint64_t bit) {
  return (digits[bit / kDigitBits] >> (bit % kDigitBits)) & 1;
}

}  // namespace

size_t PowDigits(BigView base, uint64_t exponent) {
  if (exponent == 0 || base.length == 0 || (base.length == 1 && base.digits[0] == 1)) return 1;
  const uint64_t bits = BitLength(base.digits, base.length);
  if (exponent > UINT64_MAX / bits) return SIZE_MAX;
  // The result has at most bits * exponent bits; each intermediate product is written in full (the sum of its
  // operands' lengths), which may exceed that by up to two digits.
  const uint64_t digits = bits * exponent / kDigitBits + 2;
  return digits >= SIZE_MAX ? SIZE_MAX : static_cast<size_t>(digits);
}

size_t PowScratchDigits(BigView base, uint64_t exponent) {
  uint64_t k;
  if (exponent <= 1 || base.length == 0 || IsPowerOfTwo(base, &k)) return 0;  // no products needed
  const size_t result = PowDigits(base, exponent);
  if (result == SIZE_MAX) return SIZE_MAX;
  // Squarings see operands of at most result / 2 + 1 digits; products by a long base see up to `result` digits.
  const size_t half = result / 2 + 1;
  const size_t multiply =
      base.length >= kKaratsubaThreshold ? MulScratchDigits(result, result) : MulScratchDigits(half, half);
  return result + multiply;
}

BigResult Pow(BigView base, uint64_t exponent, Digit* out, Digit* scratch) {
  const bool negative = base.negative && (exponent & 1) != 0;
  if (exponent == 0) {
    out[0] = 1;
    return MakeResult(1, false);
  }
  if (base.length == 0) return MakeResult(0, false);
  if (base.length == 1 && base.digits[0] == 1) {
    out[0] = 1;
    return MakeResult(1, negative);
  }
  uint64_t k;
  if (IsPowerOfTwo(base, &k)) {
    const BigView one{&kOne, 1, false};
    return MakeResult(ShiftLeft(one, k * exponent, out).length, negative);
  }

  // Left-to-right binary exponentiation, alternating between out and a scratch buffer; it starts in whichever of
  // the two makes the last product land in out.
  const size_t result_digits = PowDigits(base, exponent);
  Digit* multiply_scratch = scratch + result_digits;
  const unsigned top = TopBit(exponent);
  const unsigned products = top + PopCount(exponent) - 1;
  Digit* current = products % 2 == 0 ? out : scratch;
  Digit* next = products % 2 == 0 ? scratch : out;
  CopyDigits(current, base.digits, base.length);
  size_t length = base.length;
  for (unsigned bit = top; bit-- > 0;) {
    length = MultiplyMagnitudes(current, length, current, length, next, multiply_scratch);
    Digit* t = current;
    current = next;
    next = t;
    if ((exponent >> bit) & 1) {
      length = MultiplyMagnitudes(current, length, base.digits, base.length, next, multiply_scratch);
      t = current;
      current = next;
      next = t;
    }
  }
  return MakeResult(length, negative);
}

size_t ModPowScratchDigits(size_t base_length, size_t modulus_length) {
  const size_t n = modulus_length;
  const size_t dividend = base_length > 2 * n ? base_length : 2 * n;
  return n + 2 * n + DivScratchDigits(dividend, n) + MulScratchDigits(n, n);
}

Status ModPow(BigView base, BigView exponent, BigView modulus, Digit* out, Digit* scratch, BigResult* result) {
  if (modulus.length == 0) return Status::kZeroDivision;
  if (exponent.negative) return Status::kInvalid;
  const Digit* m = modulus.digits;
  const size_t n = modulus.length;
  const size_t dividend = base.length > 2 * n ? base.length : 2 * n;
  Digit* reduced_base = scratch;            // n digits: base mod |m|, in [0, |m|)
  Digit* product = reduced_base + n;        // 2n digits
  Digit* divide_scratch = product + 2 * n;  // for a dividend of up to `dividend` digits
  Digit* multiply_scratch = divide_scratch + DivScratchDigits(dividend, n);

  size_t b_length = DivideMagnitudes(base.digits, base.length, m, n, nullptr, reduced_base, divide_scratch).remainder;
  if (base.negative && b_length != 0) b_length = SubtractMagnitudes(m, n, reduced_base, b_length, reduced_base);

  // The accumulator lives in out; every product is reduced modulo |m| straight back into it.
  size_t length = DivideMagnitudes(&kOne, 1, m, n, nullptr, out, divide_scratch).remainder;  // 1 % |m|
  const uint64_t bits = BitLength(exponent.digits, exponent.length);
  for (uint64_t bit = bits; bit-- > 0;) {
    size_t p = MultiplyMagnitudes(out, length, out, length, product, multiply_scratch);
    length = DivideMagnitudes(product, p, m, n, nullptr, out, divide_scratch).remainder;
    if (BitAt(exponent.digits, bit)) {
      p = MultiplyMagnitudes(out, length, reduced_base, b_length, product, multiply_scratch);
      length = DivideMagnitudes(product, p, m, n, nullptr, out, divide_scratch).remainder;
    }
  }
  // Python's % takes the sign of the modulus: r - |m| for a negative modulus.
  if (modulus.negative && length != 0) {
    length = SubtractMagnitudes(m, n, out, length, out);
    *result = MakeResult(length, true);
  } else {
    *result = MakeResult(length, false);
  }
  return Status::kOk;
}

}  // namespace bigint
}  // namespace mica
