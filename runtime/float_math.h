// libm for mica::Float: fmath::sin(x) calls sinf when Python's float is binary32 and sin when it is binary64, so
// float code never widens to double by accident (on a Cortex-M4F that would mean software floating point).
// Qualified calls only: a using-directive would collide with the overloads some C++ libraries put in <math.h>.
#ifndef MICA_RUNTIME_FLOAT_MATH_H_
#define MICA_RUNTIME_FLOAT_MATH_H_

#include <math.h>

namespace mica {
namespace fmath {

inline float sqrt(float x) { return ::sqrtf(x); }
inline double sqrt(double x) { return ::sqrt(x); }
inline float sin(float x) { return ::sinf(x); }
inline double sin(double x) { return ::sin(x); }
inline float cos(float x) { return ::cosf(x); }
inline double cos(double x) { return ::cos(x); }
inline float tan(float x) { return ::tanf(x); }
inline double tan(double x) { return ::tan(x); }
inline float asin(float x) { return ::asinf(x); }
inline double asin(double x) { return ::asin(x); }
inline float acos(float x) { return ::acosf(x); }
inline double acos(double x) { return ::acos(x); }
inline float atan(float x) { return ::atanf(x); }
inline double atan(double x) { return ::atan(x); }
inline float sinh(float x) { return ::sinhf(x); }
inline double sinh(double x) { return ::sinh(x); }
inline float cosh(float x) { return ::coshf(x); }
inline double cosh(double x) { return ::cosh(x); }
inline float tanh(float x) { return ::tanhf(x); }
inline double tanh(double x) { return ::tanh(x); }
inline float asinh(float x) { return ::asinhf(x); }
inline double asinh(double x) { return ::asinh(x); }
inline float acosh(float x) { return ::acoshf(x); }
inline double acosh(double x) { return ::acosh(x); }
inline float atanh(float x) { return ::atanhf(x); }
inline double atanh(double x) { return ::atanh(x); }
inline float exp(float x) { return ::expf(x); }
inline double exp(double x) { return ::exp(x); }
inline float expm1(float x) { return ::expm1f(x); }
inline double expm1(double x) { return ::expm1(x); }
inline float log(float x) { return ::logf(x); }
inline double log(double x) { return ::log(x); }
inline float log2(float x) { return ::log2f(x); }
inline double log2(double x) { return ::log2(x); }
inline float log10(float x) { return ::log10f(x); }
inline double log10(double x) { return ::log10(x); }
inline float log1p(float x) { return ::log1pf(x); }
inline double log1p(double x) { return ::log1p(x); }
inline float fabs(float x) { return ::fabsf(x); }
inline double fabs(double x) { return ::fabs(x); }
inline float floor(float x) { return ::floorf(x); }
inline double floor(double x) { return ::floor(x); }
inline float ceil(float x) { return ::ceilf(x); }
inline double ceil(double x) { return ::ceil(x); }
inline float trunc(float x) { return ::truncf(x); }
inline double trunc(double x) { return ::trunc(x); }
inline float round(float x) { return ::roundf(x); }
inline double round(double x) { return ::round(x); }
inline float rint(float x) { return ::rintf(x); }
inline double rint(double x) { return ::rint(x); }
inline float erf(float x) { return ::erff(x); }
inline double erf(double x) { return ::erf(x); }
inline float erfc(float x) { return ::erfcf(x); }
inline double erfc(double x) { return ::erfc(x); }
inline float lgamma(float x) { return ::lgammaf(x); }
inline double lgamma(double x) { return ::lgamma(x); }
inline float tgamma(float x) { return ::tgammaf(x); }
inline double tgamma(double x) { return ::tgamma(x); }
inline float atan2(float x, float y) { return ::atan2f(x, y); }
inline double atan2(double x, double y) { return ::atan2(x, y); }
inline float pow(float x, float y) { return ::powf(x, y); }
inline double pow(double x, double y) { return ::pow(x, y); }
inline float fmod(float x, float y) { return ::fmodf(x, y); }
inline double fmod(double x, double y) { return ::fmod(x, y); }
inline float hypot(float x, float y) { return ::hypotf(x, y); }
inline double hypot(double x, double y) { return ::hypot(x, y); }
inline float copysign(float x, float y) { return ::copysignf(x, y); }
inline double copysign(double x, double y) { return ::copysign(x, y); }
inline float ldexp(float x, int e) { return ::ldexpf(x, e); }
inline double ldexp(double x, int e) { return ::ldexp(x, e); }
inline float frexp(float x, int* e) { return ::frexpf(x, e); }
inline double frexp(double x, int* e) { return ::frexp(x, e); }
inline float modf(float x, float* whole) { return ::modff(x, whole); }
inline double modf(double x, double* whole) { return ::modf(x, whole); }

}  // namespace fmath
}  // namespace mica

#endif  // MICA_RUNTIME_FLOAT_MATH_H_
