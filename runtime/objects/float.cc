#include "runtime/objects/float.h"

#include <math.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/bigint/bigint.h"
#include "runtime/float_divmod.h"
#include "runtime/float_math.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float_text.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

Value FloatUnaryOp(UnaryOp op, Value self) {
  const Float x = FloatValue(self);
  switch (op) {
    case UnaryOp::kBool: return Value::Bool(x != 0.0);
    case UnaryOp::kHash: return HashToValue(FloatHash(x));
    case UnaryOp::kPositive: return self;
    case UnaryOp::kNegative: return NewFloat(-x);
    case UnaryOp::kAbs: return NewFloat(fmath::fabs(x));
    default: return Value();
  }
}

Value CompareResult(BinaryOp op, int c) {
  if (c == 2) return Value::Bool(op == BinaryOp::kNotEqual);  // NaN: unordered
  switch (op) {
    case BinaryOp::kLess: return Value::Bool(c < 0);
    case BinaryOp::kLessEqual: return Value::Bool(c <= 0);
    case BinaryOp::kEqual: return Value::Bool(c == 0);
    case BinaryOp::kNotEqual: return Value::Bool(c != 0);
    case BinaryOp::kGreater: return Value::Bool(c > 0);
    default: return Value::Bool(c >= 0);
  }
}

Value Power(Float x, Float y) {
  if (x == 0.0 && y < 0.0) return RaiseZeroDivision("0.0 cannot be raised to a negative power");
  if (x < 0.0 && y != fmath::floor(y) && isfinite(y)) {
    return RaiseValueError("negative number cannot be raised to a fractional power");
  }
  const Float result = fmath::pow(x, y);
  if (isinf(result) && isfinite(x) && isfinite(y)) return RaiseOverflowError("(34, 'Numerical result out of range')");
  return NewFloat(result);
}

Value FloatIsInteger(const Value* args, uint32_t, uint32_t) {
  const Float x = FloatValue(args[0]);
  return Value::Bool(isfinite(x) && x == fmath::floor(x));
}

Value FloatAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  if (name == names::real) {
    *value = self;
    return Value::None();
  }
  if (name == names::imag) {
    *value = NewFloat(0.0);
    return value->IsException() ? Value::Exception() : Value::None();
  }
  return Value();
}

// float.__float__ and float.__int__: what float() and int() of a float subclass instance use.
Value FloatDunderFloat(const Value* args, uint32_t, uint32_t) { return NewFloat(FloatValue(args[0])); }
Value FloatDunderInt(const Value* args, uint32_t, uint32_t) { return IntFromFloat(FloatValue(args[0])); }

constexpr BuiltinFunction kIsInteger = MakeMethod(&kFloatType, names::is_integer, 1, 1, FloatIsInteger);
constexpr BuiltinFunction kDunderFloat = MakeMethod(&kFloatType, names::__float__, 1, 1, FloatDunderFloat);
constexpr BuiltinFunction kDunderInt = MakeMethod(&kFloatType, names::__int__, 1, 1, FloatDunderInt);
constexpr Member kFloatMembers[] = {
    {names::__float__, &kDunderFloat.header},
    {names::__int__, &kDunderInt.header},
    {names::is_integer, &kIsInteger.header},
};
static_assert(MembersSorted(kFloatMembers, sizeof kFloatMembers / sizeof kFloatMembers[0]), "sorted by id");

}  // namespace

constexpr Type kFloatType = {{&kTypeType}, names::float_, kTypeSubclassable, nullptr,   FloatMakeNew, FloatPrint,
                             nullptr,      FloatUnaryOp,  FloatBinaryOp,     FloatAttr, nullptr,      nullptr,
                             nullptr,      MemberTable{kFloatMembers, sizeof kFloatMembers / sizeof kFloatMembers[0]}};

bool IsFloat(Value v) { return v.IsObject() && v.AsObject()->type == &kFloatType; }

Float FloatValue(Value v) { return reinterpret_cast<const FloatObject*>(v.AsObject())->value; }

Value NewFloat(Float value) {
  Object* object = NewObject(&kFloatType, sizeof(FloatObject), gc::kNoScan);
  if (object == nullptr) return Value::Exception();
  reinterpret_cast<FloatObject*>(object)->value = value;
  return Value::FromObject(object);
}

Value ToFloat(Value v, Float* out) {
  if (IsFloat(v)) {
    *out = FloatValue(v);
    return Value::None();
  }
  if (IsInt(v)) return IntToFloat(v, out);
  return RaiseFormat(&kTypeErrorType, "must be real number, not %T", v);
}

// CPython's _Py_HashDouble: the value reduced modulo 2**kHashBits - 1, built 28 bits at a time.
intptr_t FloatHash(Float value) {
  if (isinf(value)) return value > 0 ? 314159 : -314159;
  if (isnan(value)) return 0;
  const unsigned bits = bigint::kHashBits;
  const uint64_t modulus = (uint64_t{1} << bits) - 1;
  int exponent;
  Float mantissa = fmath::frexp(value, &exponent);
  int sign = 1;
  if (mantissa < 0) {
    sign = -1;
    mantissa = -mantissa;
  }
  uint64_t x = 0;
  while (mantissa != 0.0) {
    x = ((x << 28) & modulus) | x >> (bits - 28);
    mantissa *= Float{268435456};  // 2**28, exact in either format
    exponent -= 28;
    const uint64_t y = static_cast<uint64_t>(mantissa);
    mantissa -= static_cast<Float>(y);
    x += y;
    if (x >= modulus) x -= modulus;
  }
  const int e = exponent >= 0 ? exponent % static_cast<int>(bits)
                              : static_cast<int>(bits) - 1 - ((-1 - exponent) % static_cast<int>(bits));
  x = ((x << e) & modulus) | x >> (bits - static_cast<unsigned>(e));
  int64_t h = static_cast<int64_t>(x) * sign;
  if (h == -1) h = -2;
  return static_cast<intptr_t>(h);
}

int CompareFloatWithInt(Float x, Value i) {
  if (isnan(x)) return 2;
  if (isinf(x)) return x > 0 ? 1 : -1;
  int64_t small;
  if (IntToInt64(i, &small) && ConvertsToFloatExactly(small)) {
    const Float y = static_cast<Float>(small);
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  // Exactly: compare trunc(x) with i as integers, then the fraction breaks a tie.
  bigint::Digit digits[bigint::kMaxFloatDigits + 1];
  bigint::BigResult truncated;
  const Float whole = fmath::trunc(x);
  bigint::FromFloat(whole, digits, &truncated);
  bigint::Digit buffer[bigint::kInt64Digits];
  const int c = bigint::Compare(bigint::BigView{digits, truncated.length, truncated.negative}, IntView(i, buffer));
  if (c != 0) return c;
  const Float fraction = x - whole;
  return fraction > 0 ? 1 : (fraction < 0 ? -1 : 0);
}

Value FloatFloorDivMod(Float x, Float y, Float* quotient, Float* remainder) {
  if (y == 0.0) return RaiseZeroDivision("float floor division by zero");
  FloorDivModFloat(x, y, quotient, remainder);
  return Value::None();
}

Value FloatBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  const bool lhs_float = IsFloat(lhs);
  const bool rhs_float = IsFloat(rhs);
  if (!(lhs_float || rhs_float) || !(lhs_float || IsInt(lhs)) || !(rhs_float || IsInt(rhs))) return Value();
  if (op >= BinaryOp::kLess && op <= BinaryOp::kGreaterEqual) {
    if (lhs_float && rhs_float) {
      const Float x = FloatValue(lhs);
      const Float y = FloatValue(rhs);
      const int c = (isnan(x) || isnan(y)) ? 2 : (x < y ? -1 : (x > y ? 1 : 0));
      return CompareResult(op, c);
    }
    if (lhs_float) return CompareResult(op, CompareFloatWithInt(FloatValue(lhs), rhs));
    int c = CompareFloatWithInt(FloatValue(rhs), lhs);
    if (c != 2) c = -c;
    return CompareResult(op, c);
  }
  if (static_cast<uint8_t>(op) >= kInplaceOffset) return Value();  // the plain operator serves
  Float x;
  Float y;
  MICA_TRY(ToFloat(lhs, &x));
  MICA_TRY(ToFloat(rhs, &y));
  switch (op) {
    case BinaryOp::kAdd: return NewFloat(x + y);
    case BinaryOp::kSubtract: return NewFloat(x - y);
    case BinaryOp::kMultiply: return NewFloat(x * y);
    case BinaryOp::kTrueDivide:
      if (y == 0.0) return RaiseZeroDivision("float division by zero");
      return NewFloat(x / y);
    case BinaryOp::kFloorDivide:
    case BinaryOp::kModulo: {
      if (y == 0.0) {
        return RaiseZeroDivision(op == BinaryOp::kModulo ? "float modulo" : "float floor division by zero");
      }
      Float quotient;
      Float remainder;
      MICA_TRY(FloatFloorDivMod(x, y, &quotient, &remainder));
      return NewFloat(op == BinaryOp::kModulo ? remainder : quotient);
    }
    case BinaryOp::kPower: return Power(x, y);
    default: return Value();
  }
}

Value FloatFromText(const char* text, size_t length) {
  Float value;
  const int status = ParseFloat(text, length, &value);
  if (status < 0) return Value::Exception();
  if (status == 0) {
    const Value literal = NewStr(text, length);
    MICA_TRY(literal);
    return RaiseFormat(&kValueErrorType, "could not convert string to float: %R", literal);
  }
  return NewFloat(value);
}

Value FloatRound(Float value, Value ndigits) {
  if (ndigits.IsNull() || ndigits.IsNone()) {
    Float rounded = fmath::round(value);
    if (fmath::fabs(value - fmath::trunc(value)) == Float{0.5}) rounded = 2 * fmath::round(value / 2);  // half to even
    return IntFromFloat(rounded);
  }
  intptr_t digits;
  MICA_TRY(ToIndex(ndigits, &digits));
  if (digits > 400) digits = 400;
  if (digits < -400) digits = -400;
  Float result;
  if (RoundFloat(value, static_cast<int>(digits), &result) < 0) return Value::Exception();
  return NewFloat(result);
}

Value FloatMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("float", n_pos, n_kw, 0, 1));
  if (n_pos == 0) return NewFloat(0.0);
  const Value x = args[0];
  if (IsFloat(x)) return x;
  if (IsInt(x)) {
    Float value;
    MICA_TRY(IntToFloat(x, &value));
    return NewFloat(value);
  }
  const char* text;
  size_t length;
  if (StrData(x, &text, &length)) return FloatFromText(text, length);
  // A class with __float__, else __index__.
  Value converted;
  MICA_TRY(CallSpecialMethod(x, names::__float__, &converted));
  if (!converted.IsNull()) {
    if (!IsFloat(converted)) return RaiseFormat(&kTypeErrorType, "%T.__float__ returned non-float (type %T)", x, converted);
    return converted;
  }
  MICA_TRY(IndexInt(x, &converted));
  if (!converted.IsNull()) {
    Float value;
    MICA_TRY(IntToFloat(converted, &value));
    return NewFloat(value);
  }
  return RaiseFormat(&kTypeErrorType, "float() argument must be a string or a real number, not '%T'", x);
}

Value FloatPrint(const Printer& printer, Value self, PrintKind) {
  char text[kMaxFloatRepr];
  printer.Write(text, FormatFloatRepr(FloatValue(self), text, sizeof(text)));
  return Value::None();
}

}  // namespace mica
