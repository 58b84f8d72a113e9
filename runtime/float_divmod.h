// Python's float floor division and modulo, as one pure function shared by the runtime (float // and %) and the
// compiler's constant folder, so a folded constant and the same expression computed at run time always agree.
//
// Semantics are CPython's: the remainder takes the divisor's sign (and is a signed zero when exact), and the
// quotient is floor(x / y) computed from the exact remainder, rounded so that q * y + r stays closest to x.
#ifndef MICA_RUNTIME_FLOAT_DIVMOD_H_
#define MICA_RUNTIME_FLOAT_DIVMOD_H_

#include <math.h>

#include "runtime/float_math.h"
#include "runtime/float_type.h"

namespace mica {

// Precondition: y != 0 (the caller raises ZeroDivisionError or declines to fold).
inline void FloorDivModFloat(Float x, Float y, Float* quotient, Float* remainder) {
  Float mod = fmath::fmod(x, y);
  Float div = (x - mod) / y;
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = fmath::copysign(Float{0}, y);
  }
  Float floordiv;
  if (div != 0) {
    floordiv = fmath::floor(div);
    if (div - floordiv > Float{0.5}) floordiv += 1;
  } else {
    floordiv = fmath::copysign(Float{0}, x / y);
  }
  *quotient = floordiv;
  *remainder = mod;
}

}  // namespace mica

#endif  // MICA_RUNTIME_FLOAT_DIVMOD_H_
