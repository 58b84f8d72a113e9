// Python's float floor division and modulo, as one pure function shared by the runtime (float // and %) and the
// compiler's constant folder, so a folded constant and the same expression computed at run time always agree.
//
// Semantics are CPython's: the remainder takes the divisor's sign (and is a signed zero when exact), and the
// quotient is floor(x / y) computed from the exact remainder, rounded so that q * y + r stays closest to x.
#ifndef MICA_RUNTIME_FLOAT_DIVMOD_H_
#define MICA_RUNTIME_FLOAT_DIVMOD_H_

#include <math.h>

namespace mica {

// Precondition: y != 0 (the caller raises ZeroDivisionError or declines to fold).
inline void FloorDivModDouble(double x, double y, double* quotient, double* remainder) {
  double mod = fmod(x, y);
  double div = (x - mod) / y;
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = copysign(0.0, y);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = copysign(0.0, x / y);
  }
  *quotient = floordiv;
  *remainder = mod;
}

}  // namespace mica

#endif  // MICA_RUNTIME_FLOAT_DIVMOD_H_
