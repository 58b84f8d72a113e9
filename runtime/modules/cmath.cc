// The built-in `cmath` module: complex versions of the elementary functions, on (real, imag) pairs of doubles.
//
// The inverse functions follow Kahan's formulas (as CPython does), which keep the branch cuts and signed zeros
// right for finite arguments. Not done: CPython's special-value tables for infinite and NaN parts, where results
// here are whatever the formulas give (usually NaN) instead of CPython's exact table entries.
#include <math.h>
#include <stdint.h>

#include "runtime/float_math.h"
#include "runtime/modules/modules.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

struct Complex {
  Float re;
  Float im;
};

constexpr Float kLn10 = 2.302585092994046;

// A complex argument: complex, float, int or bool.
Value ToComplex(Value v, Complex* out) {
  if (IsComplex(v)) {
    const ComplexObject* c = reinterpret_cast<const ComplexObject*>(v.AsObject());
    *out = Complex{c->real, c->imag};
    return Value::None();
  }
  out->im = 0.0;
  return ToFloat(v, &out->re);
}

// A complex result: OverflowError when finite input gave an infinite part, ValueError for a NaN part.
Value Result(Complex z, Complex r) {
  const bool finite_input = isfinite(z.re) && isfinite(z.im);
  if (finite_input && (isinf(r.re) || isinf(r.im))) return RaiseOverflowError("math range error");
  if (finite_input && (isnan(r.re) || isnan(r.im))) return RaiseValueError("math domain error");
  return NewComplex(r.re, r.im);
}

Complex Sqrt(Complex z) {
  if (z.re == 0.0 && z.im == 0.0) return Complex{0.0, z.im};
  const Float t = fmath::sqrt((fmath::fabs(z.re) + fmath::hypot(z.re, z.im)) / 2);
  if (z.re >= 0) return Complex{t, z.im / (2 * t)};
  return Complex{fmath::fabs(z.im) / (2 * t), fmath::copysign(t, z.im)};
}

Complex Exp(Complex z) {
  const Float m = fmath::exp(z.re);
  if (z.im == 0.0) return Complex{m, z.im};
  return Complex{m * fmath::cos(z.im), m * fmath::sin(z.im)};
}

Complex Log(Complex z) { return Complex{fmath::log(fmath::hypot(z.re, z.im)), fmath::atan2(z.im, z.re)}; }

Complex Sinh(Complex z) { return Complex{fmath::sinh(z.re) * fmath::cos(z.im), fmath::cosh(z.re) * fmath::sin(z.im)}; }
Complex Cosh(Complex z) { return Complex{fmath::cosh(z.re) * fmath::cos(z.im), fmath::sinh(z.re) * fmath::sin(z.im)}; }

// tanh(x + iy) = (sinh 2x + i sin 2y) / (cosh 2x + cos 2y), rewritten to stay finite for large |x|.
Complex Tanh(Complex z) {
  if (fmath::fabs(z.re) > 20) {
    return Complex{fmath::copysign(Float{1}, z.re),
                   4 * fmath::sin(z.im) * fmath::cos(z.im) * fmath::exp(-2 * fmath::fabs(z.re))};
  }
  const Float tx = fmath::tanh(z.re);
  const Float ty = fmath::tan(z.im);
  const Float cx = 1 / fmath::cosh(z.re);
  const Float txty = tx * ty;
  const Float denominator = 1 + txty * txty;
  return Complex{tx * (1 + ty * ty) / denominator, ((ty / denominator) * cx) * cx};
}

// f(iz) * -i for the trigonometric functions that are hyperbolic ones turned a quarter.
template <Complex (*F)(Complex)>
Complex Rotated(Complex z) {
  const Complex r = F(Complex{-z.im, z.re});
  return Complex{r.im, -r.re};
}

Complex Sin(Complex z) { return Complex{fmath::sin(z.re) * fmath::cosh(z.im), fmath::cos(z.re) * fmath::sinh(z.im)}; }
Complex Cos(Complex z) { return Complex{fmath::cos(z.re) * fmath::cosh(z.im), -fmath::sin(z.re) * fmath::sinh(z.im)}; }

Complex Asinh(Complex z) {
  const Complex s1 = Sqrt(Complex{1 + z.im, -z.re});
  const Complex s2 = Sqrt(Complex{1 - z.im, z.re});
  return Complex{fmath::asinh(s1.re * s2.im - s2.re * s1.im), fmath::atan2(z.im, s1.re * s2.re - s1.im * s2.im)};
}

Complex Acos(Complex z) {
  const Complex s1 = Sqrt(Complex{1 - z.re, -z.im});
  const Complex s2 = Sqrt(Complex{1 + z.re, z.im});
  return Complex{2 * fmath::atan2(s1.re, s2.re), fmath::asinh(s2.re * s1.im - s2.im * s1.re)};
}

Complex Acosh(Complex z) {
  const Complex s1 = Sqrt(Complex{z.re - 1, z.im});
  const Complex s2 = Sqrt(Complex{z.re + 1, z.im});
  return Complex{fmath::asinh(s1.re * s2.re + s1.im * s2.im), 2 * fmath::atan2(s1.im, s2.re)};
}

Complex Atanh(Complex z) {
  if (z.re < 0 || (z.re == 0 && signbit(z.re))) {
    const Complex r = Atanh(Complex{-z.re, -z.im});
    return Complex{-r.re, -r.im};
  }
  if (z.re == 1 && z.im == 0) return Complex{INFINITY, z.im};  // the pole: a domain error in Result's caller
  const Float x = z.re;
  const Float y = fmath::fabs(z.im);
  const Float one_minus = 1 - x;
  const Float re = fmath::log1p(4 * x / (one_minus * one_minus + y * y)) / 4;
  const Float im = -fmath::atan2(-2 * y, one_minus * (1 + x) - y * y) / 2;
  return Complex{re, fmath::copysign(im, z.im)};
}

template <Complex (*F)(Complex)>
Value ComplexFunction(const Value* args, uint32_t, uint32_t) {
  Complex z;
  MICA_TRY(ToComplex(args[0], &z));
  return Result(z, F(z));
}

// Functions with poles that CPython reports as domain errors.
Value CmathAtanh(const Value* args, uint32_t, uint32_t) {
  Complex z;
  MICA_TRY(ToComplex(args[0], &z));
  if (fmath::fabs(z.re) == 1 && z.im == 0) return RaiseValueError("math domain error");
  return Result(z, Atanh(z));
}

Value CmathAtan(const Value* args, uint32_t, uint32_t) {
  Complex z;
  MICA_TRY(ToComplex(args[0], &z));
  if (z.re == 0 && fmath::fabs(z.im) == 1) return RaiseValueError("math domain error");
  return Result(z, Rotated<Atanh>(z));
}

Value LogOf(Value v, Complex* out) {
  Complex z;
  MICA_TRY(ToComplex(v, &z));
  if (z.re == 0 && z.im == 0) return RaiseValueError("math domain error");
  *out = Log(z);
  return Value::None();
}

Complex Divide(Complex a, Complex b) {
  const Float d = b.re * b.re + b.im * b.im;
  return Complex{(a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d};
}

Value CmathLog(const Value* args, uint32_t n_pos, uint32_t) {
  Complex r;
  MICA_TRY(LogOf(args[0], &r));
  if (n_pos > 1) {
    Complex base;
    MICA_TRY(LogOf(args[1], &base));
    if (base.re == 0 && base.im == 0) return RaiseZeroDivision("complex division by zero");
    r = Divide(r, base);
  }
  return NewComplex(r.re, r.im);
}

Value CmathLog10(const Value* args, uint32_t, uint32_t) {
  Complex r;
  MICA_TRY(LogOf(args[0], &r));
  return NewComplex(r.re / kLn10, r.im / kLn10);
}

Value CmathPhase(const Value* args, uint32_t, uint32_t) {
  Complex z;
  MICA_TRY(ToComplex(args[0], &z));
  return NewFloat(fmath::atan2(z.im, z.re));
}

Value CmathPolar(const Value* args, uint32_t, uint32_t) {
  Complex z;
  MICA_TRY(ToComplex(args[0], &z));
  const Float r = fmath::hypot(z.re, z.im);
  if (isinf(r) && isfinite(z.re) && isfinite(z.im)) return RaiseOverflowError("math range error");
  Value items[2] = {NewFloat(r), Value()};
  MICA_TRY(items[0]);
  items[1] = NewFloat(fmath::atan2(z.im, z.re));
  MICA_TRY(items[1]);
  return NewTuple(items, 2);
}

Value CmathRect(const Value* args, uint32_t, uint32_t) {
  Float r, phi;
  MICA_TRY(ToFloat(args[0], &r));
  MICA_TRY(ToFloat(args[1], &phi));
  if (isfinite(r) && isinf(phi)) return RaiseValueError("math domain error");
  if (phi == 0.0) return NewComplex(r, r * phi);
  return NewComplex(r * fmath::cos(phi), r * fmath::sin(phi));
}

template <bool (*F)(Complex)>
Value Classify(const Value* args, uint32_t, uint32_t) {
  Complex z;
  MICA_TRY(ToComplex(args[0], &z));
  return Value::Bool(F(z));
}
bool IsFinite(Complex z) { return isfinite(z.re) && isfinite(z.im); }
bool IsInf(Complex z) { return isinf(z.re) || isinf(z.im); }
bool IsNan(Complex z) { return isnan(z.re) || isnan(z.im); }

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) on complex distances.
Value CmathIsclose(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Complex a, b;
  MICA_TRY(ToComplex(args[0], &a));
  MICA_TRY(ToComplex(args[1], &b));
  Float rel_tol = 1e-9, abs_tol = 0.0;
  for (uint32_t i = 0; i < n_kw; ++i) {
    const Value name = args[n_pos + 2 * i];
    if (name.Is(Value::Name(names::rel_tol))) {
      MICA_TRY(ToFloat(args[n_pos + 2 * i + 1], &rel_tol));
    } else if (name.Is(Value::Name(names::abs_tol))) {
      MICA_TRY(ToFloat(args[n_pos + 2 * i + 1], &abs_tol));
    } else {
      return RaiseFormat(&kTypeErrorType, "isclose() got an unexpected keyword argument '%S'", name);
    }
  }
  if (rel_tol < 0 || abs_tol < 0) return RaiseValueError("tolerances must be non-negative");
  if (a.re == b.re && a.im == b.im) return Value::True();
  if (IsInf(a) || IsInf(b)) return Value::False();
  const Float diff = fmath::hypot(b.re - a.re, b.im - a.im);
  return Value::Bool(diff <= rel_tol * fmath::hypot(b.re, b.im) || diff <= rel_tol * fmath::hypot(a.re, a.im) ||
                     diff <= abs_tol);
}

constexpr BuiltinFunction k_acos = MakeBuiltin(names::acos, 1, 1, ComplexFunction<Acos>);
constexpr BuiltinFunction k_acosh = MakeBuiltin(names::acosh, 1, 1, ComplexFunction<Acosh>);
constexpr BuiltinFunction k_asin = MakeBuiltin(names::asin, 1, 1, ComplexFunction<Rotated<Asinh>>);
constexpr BuiltinFunction k_asinh = MakeBuiltin(names::asinh, 1, 1, ComplexFunction<Asinh>);
constexpr BuiltinFunction k_atan = MakeBuiltin(names::atan, 1, 1, CmathAtan);
constexpr BuiltinFunction k_atanh = MakeBuiltin(names::atanh, 1, 1, CmathAtanh);
constexpr BuiltinFunction k_cos = MakeBuiltin(names::cos, 1, 1, ComplexFunction<Cos>);
constexpr BuiltinFunction k_cosh = MakeBuiltin(names::cosh, 1, 1, ComplexFunction<Cosh>);
constexpr BuiltinFunction k_exp = MakeBuiltin(names::exp, 1, 1, ComplexFunction<Exp>);
constexpr BuiltinFunction k_isclose = MakeBuiltin(names::isclose, 2, 2, CmathIsclose, kBuiltinTakesKeywords);
constexpr BuiltinFunction k_isfinite = MakeBuiltin(names::isfinite, 1, 1, Classify<IsFinite>);
constexpr BuiltinFunction k_isinf = MakeBuiltin(names::isinf, 1, 1, Classify<IsInf>);
constexpr BuiltinFunction k_isnan = MakeBuiltin(names::isnan, 1, 1, Classify<IsNan>);
constexpr BuiltinFunction k_log = MakeBuiltin(names::log, 1, 2, CmathLog);
constexpr BuiltinFunction k_log10 = MakeBuiltin(names::log10, 1, 1, CmathLog10);
constexpr BuiltinFunction k_phase = MakeBuiltin(names::phase, 1, 1, CmathPhase);
constexpr BuiltinFunction k_polar = MakeBuiltin(names::polar, 1, 1, CmathPolar);
constexpr BuiltinFunction k_rect = MakeBuiltin(names::rect, 2, 2, CmathRect);
constexpr BuiltinFunction k_sin = MakeBuiltin(names::sin, 1, 1, ComplexFunction<Sin>);
constexpr BuiltinFunction k_sinh = MakeBuiltin(names::sinh, 1, 1, ComplexFunction<Sinh>);
constexpr BuiltinFunction k_sqrt = MakeBuiltin(names::sqrt, 1, 1, ComplexFunction<Sqrt>);
constexpr BuiltinFunction k_tan = MakeBuiltin(names::tan, 1, 1, ComplexFunction<Rotated<Tanh>>);
constexpr BuiltinFunction k_tanh = MakeBuiltin(names::tanh, 1, 1, ComplexFunction<Tanh>);

constexpr FloatObject k_e = {{&kFloatType}, 2.718281828459045};
constexpr FloatObject k_inf = {{&kFloatType}, static_cast<Float>(__builtin_inf())};
constexpr ComplexObject k_infj = {{&kComplexType}, 0.0, static_cast<Float>(__builtin_inf())};
constexpr FloatObject k_nan = {{&kFloatType}, static_cast<Float>(__builtin_nan(""))};
constexpr ComplexObject k_nanj = {{&kComplexType}, 0.0, static_cast<Float>(__builtin_nan(""))};
constexpr FloatObject k_pi = {{&kFloatType}, 3.141592653589793};
constexpr FloatObject k_tau = {{&kFloatType}, 6.283185307179586};

#define MICA_MEMBER(name) ModuleObjectMember(names::name, &k_##name.header)
constexpr ModuleMember kCmathMembers[] = {
    MICA_MEMBER(acos),    MICA_MEMBER(acosh),    MICA_MEMBER(asin),  MICA_MEMBER(asinh), MICA_MEMBER(atan),
    MICA_MEMBER(atanh),   MICA_MEMBER(cos),      MICA_MEMBER(cosh),  MICA_MEMBER(e),     MICA_MEMBER(exp),
    MICA_MEMBER(inf),     MICA_MEMBER(infj),     MICA_MEMBER(isclose), MICA_MEMBER(isfinite), MICA_MEMBER(isinf),
    MICA_MEMBER(isnan),   MICA_MEMBER(log),      MICA_MEMBER(log10), MICA_MEMBER(nan),   MICA_MEMBER(nanj),
    MICA_MEMBER(phase),   MICA_MEMBER(pi),       MICA_MEMBER(polar), MICA_MEMBER(rect),  MICA_MEMBER(sin),
    MICA_MEMBER(sinh),    MICA_MEMBER(sqrt),     MICA_MEMBER(tan),   MICA_MEMBER(tanh),  MICA_MEMBER(tau),
};
#undef MICA_MEMBER
static_assert(ModuleMembersSorted(kCmathMembers, sizeof(kCmathMembers) / sizeof(kCmathMembers[0])),
              "sorted by name id");

}  // namespace

extern const BuiltinModuleDef kCmathModule = {
    names::cmath, kCmathMembers, sizeof(kCmathMembers) / sizeof(kCmathMembers[0]), nullptr,
};

}  // namespace mica
