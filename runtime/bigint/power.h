// a ** n for a machine-word exponent (binary exponentiation, left to right, squaring through the squaring path of
// multiply.h; powers of two are a shift), and pow(a, n, m) for big exponents and moduli.
#ifndef MICA_RUNTIME_BIGINT_POWER_H_
#define MICA_RUNTIME_BIGINT_POWER_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/bigint/digits.h"

namespace mica {
namespace bigint {

// Digits a ** exponent may occupy, from the bit length of a; SIZE_MAX when that does not fit a size_t (the int
// object raises MemoryError or OverflowError). Bases 0, 1 and -1 need one digit whatever the exponent; for them the
// int object can replace an exponent beyond uint64 by 2 + (exponent % 2).
size_t PowDigits(BigView base, uint64_t exponent);

// Scratch digits Pow needs: none for bases 0, +-1, powers of two and exponents 0 and 1; otherwise the result's
// size plus the multiplication scratch of its largest product (about three times the result's size).
size_t PowScratchDigits(BigView base, uint64_t exponent);

// base ** exponent into PowDigits(base, exponent) digits, which the caller has checked is not SIZE_MAX.
// 0 ** 0 == 1, as in Python.
BigResult Pow(BigView base, uint64_t exponent, Digit* out, Digit* scratch);

// Digits ModPow writes (those of the modulus) and the scratch it needs (about 7 times the modulus' length plus
// the base's, plus Karatsuba scratch for large moduli).
inline size_t ModPowDigits(size_t modulus_length) {
  return modulus_length;
}
size_t ModPowScratchDigits(size_t base_length, size_t modulus_length);

// pow(base, exponent, modulus) with Python's semantics: the result has the sign of the modulus (it is
// (base ** exponent) % modulus). kZeroDivision when the modulus is zero (pow raises ValueError), kInvalid for a
// negative exponent (modular inverses are not supported yet).
Status ModPow(BigView base, BigView exponent, BigView modulus, Digit* out, Digit* scratch, BigResult* result);

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_POWER_H_
