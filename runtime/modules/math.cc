// The built-in `math` module: MicroPython's function set plus CPython's integer helpers (gcd, factorial, comb,
// perm, isqrt, prod) and fsum, with CPython's error rules: a result that is NaN for a non-NaN argument is
// ValueError("math domain error"); an infinite result for finite arguments is OverflowError("math range error"),
// except where CPython calls it a domain error (poles such as log(0), atanh(1), gamma(0)).
//
// The floating-point work is the C library's libm (glibc on the host and ARM Linux, newlib or picolibc on the
// boards); the constants are FloatObjects in flash.
#include <math.h>
#include <stdint.h>

#include "runtime/float_math.h"
#include "runtime/modules/modules.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

constexpr Float kPi = 3.141592653589793;
constexpr Float kLn2 = 0.6931471805599453;
constexpr Float kLn10 = 2.302585092994046;

Value DomainError() { return RaiseValueError("math domain error"); }
Value RangeError() { return RaiseOverflowError("math range error"); }

// What an infinite result from finite arguments means for a function.
enum class InfResult : uint8_t {
  kOverflow,  // exp(1000): OverflowError
  kPole,      // log(0), atanh(1): ValueError
};

// The result of f(x) with CPython's checks, as a float.
Value CheckedResult(Float x, Float r, InfResult inf_result) {
  if (isnan(r) && !isnan(x)) return DomainError();
  if (isinf(r) && isfinite(x)) return inf_result == InfResult::kOverflow ? RangeError() : DomainError();
  return NewFloat(r);
}

template <Float (*F)(Float), InfResult kInf>
Value UnaryMath(const Value* args, uint32_t, uint32_t) {
  Float x;
  MICA_TRY(ToFloat(args[0], &x));
  return CheckedResult(x, F(x), kInf);
}

// Functions whose domain ends where libm quietly returns a value CPython rejects.
Float Gamma(Float x) {
  if (x == 0.0 || (x < 0 && x == fmath::floor(x)) || x == -INFINITY) return NAN;
  return fmath::tgamma(x);
}
Float LogGamma(Float x) {
  if (x <= 0 && x == fmath::floor(x)) return INFINITY;  // poles: a domain error
  return fmath::lgamma(x);
}
Float Degrees(Float x) { return x * (180.0 / kPi); }
Float Radians(Float x) { return x * (kPi / 180.0); }

Value Bool(bool b) { return Value::Bool(b); }

template <int (*F)(Float)>
Value Classify(const Value* args, uint32_t, uint32_t) {
  Float x;
  MICA_TRY(ToFloat(args[0], &x));
  return Bool(F(x) != 0);
}
int IsFinite(Float x) { return isfinite(x) ? 1 : 0; }
int IsInf(Float x) { return isinf(x) ? 1 : 0; }
int IsNan(Float x) { return isnan(x) ? 1 : 0; }

// floor(), ceil(), trunc(): ints stay as they are; floats become ints (big ones for huge floats).
template <Float (*F)(Float)>
Value Rounding(const Value* args, uint32_t, uint32_t) {
  if (IsInt(args[0])) return args[0].IsBool() ? Value::SmallInt(args[0].IsTrue() ? 1 : 0) : args[0];
  Float x;
  MICA_TRY(ToFloat(args[0], &x));
  return IntFromFloat(F(x));
}

Value MathAtan2(const Value* args, uint32_t, uint32_t) {
  Float y, x;
  MICA_TRY(ToFloat(args[0], &y));
  MICA_TRY(ToFloat(args[1], &x));
  return NewFloat(fmath::atan2(y, x));
}

Value MathCopysign(const Value* args, uint32_t, uint32_t) {
  Float x, y;
  MICA_TRY(ToFloat(args[0], &x));
  MICA_TRY(ToFloat(args[1], &y));
  return NewFloat(fmath::copysign(x, y));
}

Value MathFmod(const Value* args, uint32_t, uint32_t) {
  Float x, y;
  MICA_TRY(ToFloat(args[0], &x));
  MICA_TRY(ToFloat(args[1], &y));
  if (isinf(y) && isfinite(x)) return NewFloat(x);
  const Float r = fmath::fmod(x, y);
  if (isnan(r) && !isnan(x) && !isnan(y)) return DomainError();
  return NewFloat(r);
}

Value MathPow(const Value* args, uint32_t, uint32_t) {
  Float x, y;
  MICA_TRY(ToFloat(args[0], &x));
  MICA_TRY(ToFloat(args[1], &y));
  if (x == 0.0 && y < 0 && isfinite(y)) return DomainError();
  const Float r = fmath::pow(x, y);
  if (isnan(r) && !isnan(x) && !isnan(y)) return DomainError();
  if (isinf(r) && isfinite(x) && isfinite(y)) return RangeError();
  return NewFloat(r);
}

Value MathLdexp(const Value* args, uint32_t, uint32_t) {
  Float x;
  MICA_TRY(ToFloat(args[0], &x));
  if (!IsInt(args[1])) return RaiseTypeError("Expected an int as second argument to ldexp.");
  int64_t e;
  if (!IntToInt64(args[1], &e)) e = IntIsNegative(args[1]) ? INT32_MIN : INT32_MAX;
  if (e > 100000) e = 100000;
  if (e < -100000) e = -100000;
  const Float r = fmath::ldexp(x, static_cast<int>(e));
  if (isinf(r) && isfinite(x)) return RangeError();
  return NewFloat(r);
}

Value MathFrexp(const Value* args, uint32_t, uint32_t) {
  Float x;
  MICA_TRY(ToFloat(args[0], &x));
  int e = 0;
  const Float m = isfinite(x) ? fmath::frexp(x, &e) : x;
  Value items[2] = {NewFloat(m), Value::SmallInt(e)};
  MICA_TRY(items[0]);
  return NewTuple(items, 2);
}

Value MathModf(const Value* args, uint32_t, uint32_t) {
  Float x;
  MICA_TRY(ToFloat(args[0], &x));
  Float whole;
  const Float fraction = isinf(x) ? fmath::copysign(Float{0}, x) : fmath::modf(x, &whole);
  if (isinf(x)) whole = x;
  Value items[2] = {NewFloat(fraction), Value()};
  MICA_TRY(items[0]);
  items[1] = NewFloat(whole);
  MICA_TRY(items[1]);
  return NewTuple(items, 2);
}

// log(x) of any positive int, also one too large for a Float: log(x >> k) + k * log(2).
Value LogOf(Value v, Float* out) {
  if (IsInt(v)) {
    if (IntIsNegative(v) || (v.IsSmallInt() && v.AsSmallInt() == 0) || v.IsFalse()) return DomainError();
    const uint64_t bits = IntBitLength(v);
    if (bits > 1000) {
      const uint64_t shift = bits - 64;
      const Value top = IntBinaryOp(BinaryOp::kRShift, v, Value::SmallInt(static_cast<intptr_t>(shift)));
      MICA_TRY(top);
      Float x;
      MICA_TRY(IntToFloat(top, &x));
      *out = fmath::log(x) + static_cast<Float>(shift) * kLn2;
      return Value::None();
    }
  }
  Float x;
  MICA_TRY(ToFloat(v, &x));
  if (isnan(x)) {
    *out = x;
    return Value::None();
  }
  if (x <= 0) return DomainError();
  *out = fmath::log(x);
  return Value::None();
}

Value MathLog(const Value* args, uint32_t n_pos, uint32_t) {
  Float num;
  MICA_TRY(LogOf(args[0], &num));
  if (n_pos == 1) return NewFloat(num);
  Float den;
  MICA_TRY(LogOf(args[1], &den));
  if (den == 0.0) return RaiseZeroDivision("float division by zero");
  return NewFloat(num / den);
}

Value MathLog2(const Value* args, uint32_t, uint32_t) {
  if (IsFloat(args[0])) {
    const Float x = FloatValue(args[0]);
    if (x <= 0) return DomainError();
    return NewFloat(fmath::log2(x));
  }
  Float r;
  MICA_TRY(LogOf(args[0], &r));
  return NewFloat(r / kLn2);
}

Value MathLog10(const Value* args, uint32_t, uint32_t) {
  if (IsFloat(args[0])) {
    const Float x = FloatValue(args[0]);
    if (x <= 0) return DomainError();
    return NewFloat(fmath::log10(x));
  }
  Float r;
  MICA_TRY(LogOf(args[0], &r));
  return NewFloat(r / kLn10);
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
Value MathIsclose(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Float a, b, rel_tol = 1e-9, abs_tol = 0.0;
  MICA_TRY(ToFloat(args[0], &a));
  MICA_TRY(ToFloat(args[1], &b));
  for (uint32_t i = 0; i < n_kw; ++i) {
    const Value name = args[n_pos + 2 * i];
    const Value value = args[n_pos + 2 * i + 1];
    if (name.Is(Value::Name(names::rel_tol))) {
      MICA_TRY(ToFloat(value, &rel_tol));
    } else if (name.Is(Value::Name(names::abs_tol))) {
      MICA_TRY(ToFloat(value, &abs_tol));
    } else {
      return RaiseFormat(&kTypeErrorType, "isclose() got an unexpected keyword argument '%S'", name);
    }
  }
  if (rel_tol < 0 || abs_tol < 0) return RaiseValueError("tolerances must be non-negative");
  if (a == b) return Value::True();
  if (isinf(a) || isinf(b)) return Value::False();
  const Float diff = fmath::fabs(b - a);
  return Bool((diff <= fmath::fabs(rel_tol * b) || diff <= fmath::fabs(rel_tol * a)) || diff <= abs_tol);
}

// fsum: Shewchuk's exact partial sums (non-overlapping doubles, so at most a few dozen are ever live).
Value MathFsum(const Value* args, uint32_t, uint32_t) {
  const Value iterator = GetIter(args[0]);
  MICA_TRY(iterator);
  constexpr int kMaxPartials = 80;
  Float partials[kMaxPartials];
  int count = 0;
  Float special = 0.0;  // the sum of the infinities, kept apart
  bool has_special = false;
  bool has_nan = false;
  for (;;) {
    const Value item = IterNext(iterator);
    MICA_TRY(item);
    if (item.IsNull()) break;
    Float x;
    MICA_TRY(ToFloat(item, &x));
    if (isnan(x)) has_nan = true;
    if (!isfinite(x)) {
      special = has_special ? special + x : x;
      has_special = true;
      continue;
    }
    int kept = 0;
    for (int i = 0; i < count; ++i) {
      Float y = partials[i];
      if (fmath::fabs(x) < fmath::fabs(y)) {
        const Float t = x;
        x = y;
        y = t;
      }
      const Float high = x + y;
      const Float low = y - (high - x);
      if (low != 0.0) partials[kept++] = low;
      x = high;
    }
    if (isinf(x)) return RaiseOverflowError("intermediate overflow in fsum");
    if (kept == kMaxPartials) return RaiseOverflowError("intermediate overflow in fsum");
    partials[kept++] = x;
    count = kept;
  }
  if (has_special) {
    // A NaN in the input gives NaN; NaN from adding opposite infinities is an error.
    if (isnan(special) && !has_nan) return RaiseValueError("-inf + inf in fsum");
    return NewFloat(special);
  }
  // Add the partials from the top, then correct the rounding of a half-way case as CPython does.
  Float high = 0.0;
  if (count > 0) {
    int n = count - 1;
    high = partials[n];
    Float low = 0.0;
    while (n > 0) {
      const Float x = high;
      const Float y = partials[--n];
      high = x + y;
      const Float yr = high - x;
      low = y - yr;
      if (low != 0.0) break;
    }
    if (n > 0 && ((low < 0 && partials[n - 1] < 0) || (low > 0 && partials[n - 1] > 0))) {
      const Float y = low * 2;
      const Float x = high + y;
      if (y == x - high) high = x;
    }
  }
  return NewFloat(high);
}

// ---- Integer functions ---------------------------------------------------------------------------------------

// An int argument (bools as 0/1, __index__ honoured): TypeError for floats and others, as CPython 3.10+.
Value IntArgument(Value v, Value* out) {
  MICA_TRY(IndexInt(v, out));
  if (out->IsNull()) return RaiseFormat(&kTypeErrorType, "'%T' object cannot be interpreted as an integer", v);
  if (out->IsBool()) *out = Value::SmallInt(out->IsTrue() ? 1 : 0);
  return Value::None();
}

bool IsZero(Value v) { return v.IsSmallInt() && v.AsSmallInt() == 0; }

Value Op(BinaryOp op, Value a, Value b) { return IntBinaryOp(op, a, b); }

Value MathGcd(const Value* args, uint32_t n_pos, uint32_t) {
  Value result = Value::SmallInt(0);
  for (uint32_t i = 0; i < n_pos; ++i) {
    Value b;
    MICA_TRY(IntArgument(args[i], &b));
    // Euclid works on signed values (Python's % keeps |r| < |b|); the sign goes once at the end, so that in an
    // ints = "long_long" build only a gcd of 2**63 itself overflows.
    Value a = result;
    while (!IsZero(b)) {
      const Value r = Op(BinaryOp::kModulo, a, b);
      MICA_TRY(r);
      a = b;
      b = r;
    }
    result = a;
  }
  return IntIsNegative(result) ? IntUnaryOp(UnaryOp::kNegative, result) : result;
}

// The product of the ints lo..hi (lo <= hi), split in halves so the big multiplications stay balanced.
Value RangeProduct(uint64_t lo, uint64_t hi) {
  if (hi - lo < 8) {
    Value product = NewIntFromUint64(lo);
    for (uint64_t k = lo + 1; k <= hi; ++k) {
      MICA_TRY(product);
      product = Op(BinaryOp::kMultiply, product, NewIntFromUint64(k));
    }
    return product;
  }
  const uint64_t mid = lo + (hi - lo) / 2;
  const Value left = RangeProduct(lo, mid);
  MICA_TRY(left);
  const Value right = RangeProduct(mid + 1, hi);
  MICA_TRY(right);
  return Op(BinaryOp::kMultiply, left, right);
}

Value MathFactorial(const Value* args, uint32_t, uint32_t) {
  Value n;
  MICA_TRY(IntArgument(args[0], &n));
  if (IntIsNegative(n)) return RaiseValueError("factorial() not defined for negative values");
  int64_t count;
  if (!IntToInt64(n, &count)) return RaiseOverflowError("factorial() argument should not exceed 9223372036854775807");
  // A deliberate limit: the result would have millions of digits, more than any Mica heap holds.
  if (count > 1000000) return RaiseOverflowError("factorial() argument too large");
  if (count < 2) return Value::SmallInt(1);
  return RangeProduct(1, static_cast<uint64_t>(count));
}

// Two non-negative int arguments for comb() and perm(): n and k as int64 (k <= n is the caller's business).
Value CombArguments(const Value* args, int64_t* n, int64_t* k) {
  Value nv, kv;
  MICA_TRY(IntArgument(args[0], &nv));
  MICA_TRY(IntArgument(args[1], &kv));
  if (IntIsNegative(nv)) return RaiseValueError("n must be a non-negative integer");
  if (IntIsNegative(kv)) return RaiseValueError("k must be a non-negative integer");
  if (!IntToInt64(nv, n) || !IntToInt64(kv, k) || *n > 100000000) {
    return RaiseOverflowError("comb()/perm() arguments too large");
  }
  return Value::None();
}

Value MathPerm(const Value* args, uint32_t n_pos, uint32_t) {
  if (n_pos == 1) return MathFactorial(args, 1, 0);
  int64_t n, k;
  MICA_TRY(CombArguments(args, &n, &k));
  if (k > n) return Value::SmallInt(0);
  if (k == 0) return Value::SmallInt(1);
  return RangeProduct(static_cast<uint64_t>(n - k + 1), static_cast<uint64_t>(n));
}

Value MathComb(const Value* args, uint32_t, uint32_t) {
  int64_t n, k;
  MICA_TRY(CombArguments(args, &n, &k));
  if (k > n) return Value::SmallInt(0);
  if (k > n - k) k = n - k;
  // C(n, i) = C(n, i - 1) * (n - i + 1) / i, exact at every step.
  Value result = Value::SmallInt(1);
  for (int64_t i = 1; i <= k; ++i) {
    if constexpr (kIntsFitInt64) {
      // No intermediate product, which may leave a bounded range the result fits: with g = gcd(C, i), i / g
      // divides n - i + 1 (C / g and i / g are coprime), so C * (n - i + 1) / i = C / g * ((n - i + 1) / (i / g)).
      int64_t c;
      IntToInt64(result, &c);
      int64_t g = i;
      for (int64_t r = c; r != 0;) {
        const int64_t t = g % r;
        g = r;
        r = t;
      }
      result = Op(BinaryOp::kMultiply, NewInt(c / g), NewInt((n - i + 1) / (i / g)));
      MICA_TRY(result);
      continue;
    }
    result = Op(BinaryOp::kMultiply, result, NewInt(n - i + 1));
    MICA_TRY(result);
    result = Op(BinaryOp::kFloorDivide, result, NewInt(i));
    MICA_TRY(result);
  }
  return result;
}

// isqrt(n): Newton's iteration on ints, starting above the root (2 ** ceil(bits / 2)).
Value MathIsqrt(const Value* args, uint32_t, uint32_t) {
  Value n;
  MICA_TRY(IntArgument(args[0], &n));
  if (IntIsNegative(n)) return RaiseValueError("isqrt() argument must be nonnegative");
  if (IsZero(n)) return n;
  const uint64_t bits = IntBitLength(n);
  Value x = Op(BinaryOp::kLShift, Value::SmallInt(1), NewIntFromUint64((bits + 1) / 2));
  for (;;) {
    MICA_TRY(x);
    const Value quotient = Op(BinaryOp::kFloorDivide, n, x);
    MICA_TRY(quotient);
    Value y = Op(BinaryOp::kAdd, x, quotient);
    MICA_TRY(y);
    y = Op(BinaryOp::kRShift, y, Value::SmallInt(1));
    MICA_TRY(y);
    if (IntCompare(y, x) >= 0) return x;
    x = y;
  }
}

// prod(iterable, *, start=1): with Python's * (any numbers).
Value MathProd(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value result = Value::SmallInt(1);
  for (uint32_t i = 0; i < n_kw; ++i) {
    if (!args[n_pos + 2 * i].Is(Value::Name(names::start))) {
      return RaiseFormat(&kTypeErrorType, "prod() got an unexpected keyword argument '%S'", args[n_pos + 2 * i]);
    }
    result = args[n_pos + 2 * i + 1];
  }
  const Value iterator = GetIter(args[0]);
  MICA_TRY(iterator);
  for (;;) {
    const Value item = IterNext(iterator);
    MICA_TRY(item);
    if (item.IsNull()) return result;
    result = BinaryOperation(BinaryOp::kMultiply, result, item);
    MICA_TRY(result);
  }
}

// dist(p, q): Euclidean distance of two points given as sequences of equal length.
Value MathDist(const Value* args, uint32_t, uint32_t) {
  const Value* p;
  const Value* q;
  size_t np, nq;
  if (!SequenceItems(args[0], &p, &np) || !SequenceItems(args[1], &q, &nq)) {
    return RaiseTypeError("dist(): both points must be sequences");
  }
  if (np != nq) return RaiseValueError("both points must have the same number of dimensions");
  Float sum = 0.0;
  for (size_t i = 0; i < np; ++i) {
    Float a, b;
    MICA_TRY(ToFloat(p[i], &a));
    MICA_TRY(ToFloat(q[i], &b));
    sum = fmath::hypot(sum, a - b);
  }
  return NewFloat(sum);
}

Value MathSqrt(const Value* args, uint32_t, uint32_t) {
  Float x;
  MICA_TRY(ToFloat(args[0], &x));
  if (x < 0) return DomainError();
  return NewFloat(fmath::sqrt(x));
}

// ---- The member table ----------------------------------------------------------------------------------------

#define MICA_MATH_UNARY(name, f, inf) \
  constexpr BuiltinFunction k_##name = MakeBuiltin(names::name, 1, 1, UnaryMath<f, InfResult::inf>)
MICA_MATH_UNARY(acos, fmath::acos, kOverflow);
MICA_MATH_UNARY(acosh, fmath::acosh, kOverflow);
MICA_MATH_UNARY(asin, fmath::asin, kOverflow);
MICA_MATH_UNARY(asinh, fmath::asinh, kOverflow);
MICA_MATH_UNARY(atan, fmath::atan, kOverflow);
MICA_MATH_UNARY(atanh, fmath::atanh, kPole);
MICA_MATH_UNARY(cos, fmath::cos, kOverflow);
MICA_MATH_UNARY(cosh, fmath::cosh, kOverflow);
MICA_MATH_UNARY(degrees, Degrees, kOverflow);
MICA_MATH_UNARY(erf, fmath::erf, kOverflow);
MICA_MATH_UNARY(erfc, fmath::erfc, kOverflow);
MICA_MATH_UNARY(exp, fmath::exp, kOverflow);
MICA_MATH_UNARY(expm1, fmath::expm1, kOverflow);
MICA_MATH_UNARY(fabs, fmath::fabs, kOverflow);
MICA_MATH_UNARY(gamma, Gamma, kOverflow);
MICA_MATH_UNARY(lgamma, LogGamma, kPole);
MICA_MATH_UNARY(radians, Radians, kOverflow);
MICA_MATH_UNARY(sin, fmath::sin, kOverflow);
MICA_MATH_UNARY(sinh, fmath::sinh, kOverflow);
MICA_MATH_UNARY(tan, fmath::tan, kOverflow);
MICA_MATH_UNARY(tanh, fmath::tanh, kOverflow);
#undef MICA_MATH_UNARY

constexpr BuiltinFunction k_atan2 = MakeBuiltin(names::atan2, 2, 2, MathAtan2);
constexpr BuiltinFunction k_ceil = MakeBuiltin(names::ceil, 1, 1, Rounding<fmath::ceil>);
constexpr BuiltinFunction k_comb = MakeBuiltin(names::comb, 2, 2, MathComb);
constexpr BuiltinFunction k_copysign = MakeBuiltin(names::copysign, 2, 2, MathCopysign);
constexpr BuiltinFunction k_dist = MakeBuiltin(names::dist, 2, 2, MathDist);
constexpr BuiltinFunction k_factorial = MakeBuiltin(names::factorial, 1, 1, MathFactorial);
constexpr BuiltinFunction k_floor = MakeBuiltin(names::floor, 1, 1, Rounding<fmath::floor>);
constexpr BuiltinFunction k_fmod = MakeBuiltin(names::fmod, 2, 2, MathFmod);
constexpr BuiltinFunction k_frexp = MakeBuiltin(names::frexp, 1, 1, MathFrexp);
constexpr BuiltinFunction k_fsum = MakeBuiltin(names::fsum, 1, 1, MathFsum);
constexpr BuiltinFunction k_gcd = MakeBuiltin(names::gcd, 0, kVariadic, MathGcd);
constexpr BuiltinFunction k_isclose = MakeBuiltin(names::isclose, 2, 2, MathIsclose, kBuiltinTakesKeywords);
constexpr BuiltinFunction k_isfinite = MakeBuiltin(names::isfinite, 1, 1, Classify<IsFinite>);
constexpr BuiltinFunction k_isinf = MakeBuiltin(names::isinf, 1, 1, Classify<IsInf>);
constexpr BuiltinFunction k_isnan = MakeBuiltin(names::isnan, 1, 1, Classify<IsNan>);
constexpr BuiltinFunction k_isqrt = MakeBuiltin(names::isqrt, 1, 1, MathIsqrt);
constexpr BuiltinFunction k_ldexp = MakeBuiltin(names::ldexp, 2, 2, MathLdexp);
constexpr BuiltinFunction k_log = MakeBuiltin(names::log, 1, 2, MathLog);
constexpr BuiltinFunction k_log10 = MakeBuiltin(names::log10, 1, 1, MathLog10);
constexpr BuiltinFunction k_log2 = MakeBuiltin(names::log2, 1, 1, MathLog2);
constexpr BuiltinFunction k_modf = MakeBuiltin(names::modf, 1, 1, MathModf);
constexpr BuiltinFunction k_perm = MakeBuiltin(names::perm, 1, 2, MathPerm);
constexpr BuiltinFunction k_pow = MakeBuiltin(names::pow, 2, 2, MathPow);
constexpr BuiltinFunction k_prod = MakeBuiltin(names::prod, 1, 1, MathProd, kBuiltinTakesKeywords);
constexpr BuiltinFunction k_sqrt = MakeBuiltin(names::sqrt, 1, 1, MathSqrt);
constexpr BuiltinFunction k_trunc = MakeBuiltin(names::trunc, 1, 1, Rounding<fmath::trunc>);

// The constants: FloatObjects are a type pointer and a Float, so they can be constant objects in flash.
constexpr FloatObject k_e = {{&kFloatType}, 2.718281828459045};
constexpr FloatObject k_inf = {{&kFloatType}, static_cast<Float>(__builtin_inf())};
constexpr FloatObject k_nan = {{&kFloatType}, static_cast<Float>(__builtin_nan(""))};
constexpr FloatObject k_pi = {{&kFloatType}, 3.141592653589793};
constexpr FloatObject k_tau = {{&kFloatType}, 6.283185307179586};

#define MICA_MEMBER(name) ModuleObjectMember(names::name, &k_##name.header)
constexpr ModuleMember kMathMembers[] = {
    MICA_MEMBER(acos),     MICA_MEMBER(acosh),   MICA_MEMBER(asin),    MICA_MEMBER(asinh),  MICA_MEMBER(atan),
    MICA_MEMBER(atan2),    MICA_MEMBER(atanh),   MICA_MEMBER(ceil),    MICA_MEMBER(comb),   MICA_MEMBER(copysign),
    MICA_MEMBER(cos),      MICA_MEMBER(cosh),    MICA_MEMBER(degrees), MICA_MEMBER(dist),   MICA_MEMBER(e),
    MICA_MEMBER(erf),      MICA_MEMBER(erfc),    MICA_MEMBER(exp),     MICA_MEMBER(expm1),  MICA_MEMBER(fabs),
    MICA_MEMBER(factorial), MICA_MEMBER(floor),  MICA_MEMBER(fmod),    MICA_MEMBER(frexp),  MICA_MEMBER(fsum),
    MICA_MEMBER(gamma),    MICA_MEMBER(gcd),     MICA_MEMBER(inf),     MICA_MEMBER(isclose), MICA_MEMBER(isfinite),
    MICA_MEMBER(isinf),    MICA_MEMBER(isnan),   MICA_MEMBER(isqrt),   MICA_MEMBER(ldexp),  MICA_MEMBER(lgamma),
    MICA_MEMBER(log),      MICA_MEMBER(log10),   MICA_MEMBER(log2),    MICA_MEMBER(modf),   MICA_MEMBER(nan),
    MICA_MEMBER(perm),     MICA_MEMBER(pi),      MICA_MEMBER(pow),     MICA_MEMBER(prod),   MICA_MEMBER(radians),
    MICA_MEMBER(sin),      MICA_MEMBER(sinh),    MICA_MEMBER(sqrt),    MICA_MEMBER(tan),    MICA_MEMBER(tanh),
    MICA_MEMBER(tau),      MICA_MEMBER(trunc),
};
#undef MICA_MEMBER
static_assert(ModuleMembersSorted(kMathMembers, sizeof(kMathMembers) / sizeof(kMathMembers[0])), "sorted by name id");

}  // namespace

extern const BuiltinModuleDef kMathModule = {
    names::math, kMathMembers, sizeof(kMathMembers) / sizeof(kMathMembers[0]), nullptr,
};

}  // namespace mica
