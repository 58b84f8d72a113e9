#include "runtime/float_math.h"
#include "runtime/objects/complex.h"

#include <math.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/float_text.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

struct Parts {
  Float re;
  Float im;
};

Parts PartsOf(Value v) {
  const ComplexObject* c = reinterpret_cast<const ComplexObject*>(v.AsObject());
  return Parts{c->real, c->imag};
}

// An int, bool, float or complex as parts; false (nothing raised) for other types, or an exception pending
// (*failed) for ints too large.
bool ToParts(Value v, Parts* out, bool* failed) {
  *failed = false;
  if (IsComplex(v)) {
    *out = PartsOf(v);
    return true;
  }
  if (IsInt(v) || IsFloat(v)) {
    Float d;
    if (ToFloat(v, &d).IsException()) {
      *failed = true;
      return false;
    }
    *out = Parts{d, 0.0};
    return true;
  }
  return false;
}

Value Make(Parts p) { return NewComplex(p.re, p.im); }

Parts Multiply(Parts a, Parts b) { return Parts{a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// Smith's algorithm, as CPython's _Py_c_quot; *zero set for a zero divisor.
Parts Divide(Parts a, Parts b, bool* zero) {
  *zero = false;
  const Float abs_breal = b.re < 0 ? -b.re : b.re;
  const Float abs_bimag = b.im < 0 ? -b.im : b.im;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      *zero = true;
      return Parts{0, 0};
    }
    const Float ratio = b.im / b.re;
    const Float denom = b.re + b.im * ratio;
    return Parts{(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    const Float ratio = b.re / b.im;
    const Float denom = b.re * ratio + b.im;
    return Parts{(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return Parts{NAN, NAN};  // NaNs
}

Parts PowUnsigned(Parts x, long n) {
  Parts r{1.0, 0.0};
  Parts p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = Multiply(r, p);
    mask <<= 1;
    p = Multiply(p, p);
  }
  return r;
}

Value Pow(Parts a, Parts b) {
  if (b.im == 0.0 && b.re == fmath::floor(b.re) && fmath::fabs(b.re) <= 100.0) {
    const long n = static_cast<long>(b.re);
    if (n >= 0) return Make(PowUnsigned(a, n));
    if (a.re == 0.0 && a.im == 0.0) return RaiseZeroDivision("0.0 to a negative or complex power");
    bool zero;
    return Make(Divide(Parts{1.0, 0.0}, PowUnsigned(a, -n), &zero));
  }
  if (b.re == 0.0 && b.im == 0.0) return NewComplex(1.0, 0.0);
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) return RaiseZeroDivision("0.0 to a negative or complex power");
    return NewComplex(0.0, 0.0);
  }
  const Float vabs = fmath::hypot(a.re, a.im);
  Float length = fmath::pow(vabs, b.re);
  const Float at = fmath::atan2(a.im, a.re);
  Float phase = at * b.re;
  if (b.im != 0.0) {
    length /= fmath::exp(at * b.im);
    phase += b.im * fmath::log(vabs);
  }
  return NewComplex(length * fmath::cos(phase), length * fmath::sin(phase));
}

// One part of the repr: the float repr without a trailing ".0".
size_t FormatPart(Float value, char* out, size_t capacity) {
  size_t n = FormatFloatRepr(value, out, capacity);
  if (n >= 2 && out[n - 2] == '.' && out[n - 1] == '0') n -= 2;
  return n;
}

Value ComplexPrint(const Printer& printer, Value self, PrintKind) {
  const Parts p = PartsOf(self);
  char real[40];
  char imag[40];
  const size_t imag_length = FormatPart(p.im, imag, sizeof(imag));
  if (p.re == 0.0 && !signbit(p.re)) {
    printer.Write(imag, imag_length);
    printer.Write("j", 1);
    return Value::None();
  }
  const size_t real_length = FormatPart(p.re, real, sizeof(real));
  printer.Write("(", 1);
  printer.Write(real, real_length);
  if (imag[0] != '-') printer.Write("+", 1);
  printer.Write(imag, imag_length);
  printer.Write("j)", 2);
  return Value::None();
}

Value ComplexUnaryOp(UnaryOp op, Value self) {
  const Parts p = PartsOf(self);
  switch (op) {
    case UnaryOp::kBool: return Value::Bool(p.re != 0.0 || p.im != 0.0);
    case UnaryOp::kHash: {
      const uintptr_t real_hash = static_cast<uintptr_t>(FloatHash(p.re));
      const uintptr_t imag_hash = static_cast<uintptr_t>(FloatHash(p.im));
      uintptr_t combined = real_hash + 1000003u * imag_hash;
      if (static_cast<intptr_t>(combined) == -1) combined = static_cast<uintptr_t>(-2);
      return HashToValue(static_cast<intptr_t>(combined));
    }
    case UnaryOp::kPositive: return NewComplex(p.re, p.im);
    case UnaryOp::kNegative: return NewComplex(-p.re, -p.im);
    case UnaryOp::kAbs: {
      const Float result = fmath::hypot(p.re, p.im);
      if (isinf(result) && isfinite(p.re) && isfinite(p.im)) return RaiseOverflowError("absolute value too large");
      return NewFloat(result);
    }
    default: return Value();
  }
}

Value ComplexBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (!IsComplex(lhs) && !IsComplex(rhs)) return Value();
  Parts a;
  Parts b;
  bool failed;
  if (!ToParts(lhs, &a, &failed) || !ToParts(rhs, &b, &failed)) {
    if (failed) return Value::Exception();
    if (op == BinaryOp::kEqual || op == BinaryOp::kNotEqual) return Value::NotImplemented();
    return Value();
  }
  if (op >= BinaryOp::kInplaceAdd && op <= BinaryOp::kInplaceXor) {
    op = static_cast<BinaryOp>(static_cast<uint8_t>(op) - kInplaceOffset);
  }
  switch (op) {
    case BinaryOp::kAdd: return NewComplex(a.re + b.re, a.im + b.im);
    case BinaryOp::kSubtract: return NewComplex(a.re - b.re, a.im - b.im);
    case BinaryOp::kMultiply: return Make(Multiply(a, b));
    case BinaryOp::kTrueDivide: {
      bool zero;
      const Parts q = Divide(a, b, &zero);
      if (zero) return RaiseZeroDivision("complex division by zero");
      return Make(q);
    }
    case BinaryOp::kPower: return Pow(a, b);
    case BinaryOp::kEqual:
    case BinaryOp::kNotEqual: {
      bool equal;
      // An int compared exactly (no rounding of big ints), as float does.
      if (IsInt(lhs) || IsInt(rhs)) {
        const Value i = IsInt(lhs) ? lhs : rhs;
        const Parts c = IsInt(lhs) ? b : a;
        equal = c.im == 0.0 && CompareFloatWithInt(c.re, i) == 0;
      } else {
        equal = a.re == b.re && a.im == b.im;
      }
      return Value::Bool(equal == (op == BinaryOp::kEqual));
    }
    default: return Value();
  }
}

Value ComplexAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (name != names::real && name != names::imag) return Value();
  if (op != AttrOp::kLoad) {
    return RaiseFormat(&kAttributeErrorType, "readonly attribute");
  }
  const Parts p = PartsOf(self);
  const Value result = NewFloat(name == names::real ? p.re : p.im);
  MICA_TRY(result);
  *value = result;
  return Value::None();
}

Value ComplexConjugate(const Value* args, uint32_t, uint32_t) {
  const Parts p = PartsOf(args[0]);
  return NewComplex(p.re, -p.im);
}

constexpr BuiltinFunction kConjugate = MakeMethod(&kComplexType, names::conjugate, 1, 1, ComplexConjugate);
constexpr Member kComplexMembers[] = {{names::conjugate, &kConjugate.header}};

bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// A float at text[*pos..end) without surrounding space: the longest prefix ParseFloat accepts that is followed
// by 'j', a sign or the end. Returns false if there is none.
bool ParseNumberPrefix(const char* text, size_t* pos, size_t end, Float* out) {
  // Scan the float syntax's characters: sign, digits, '_', '.', exponent, or letters of inf/nan.
  size_t i = *pos;
  if (i < end && (text[i] == '+' || text[i] == '-')) ++i;
  const size_t body = i;
  while (i < end) {
    const char c = text[i];
    if ((c >= '0' && c <= '9') || c == '.' || c == '_') {
      ++i;
    } else if ((c == 'e' || c == 'E') && i > body && i + 1 < end) {
      ++i;
      if (text[i] == '+' || text[i] == '-') ++i;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      if (c == 'j' || c == 'J') break;
      ++i;
    } else {
      break;
    }
  }
  if (i == body) return false;
  if (ParseFloat(text + *pos, i - *pos, out) != 1) return false;
  *pos = i;
  return true;
}

}  // namespace

constexpr Type kComplexType = {{&kTypeType}, names::complex, 0,       nullptr,         ComplexMakeNew,
                               ComplexPrint, nullptr,        ComplexUnaryOp, ComplexBinaryOp, ComplexAttr,
                               nullptr,      nullptr,        nullptr,        MemberTable{kComplexMembers, 1}};

bool IsComplex(Value v) { return v.IsObject() && v.AsObject()->type == &kComplexType; }

Value NewComplex(Float real, Float imag) {
  Object* object = NewObject(&kComplexType, sizeof(ComplexObject), gc::kNoScan);
  if (object == nullptr) return Value::Exception();
  ComplexObject* c = reinterpret_cast<ComplexObject*>(object);
  c->real = real;
  c->imag = imag;
  return Value::FromObject(object);
}

Value ComplexFromText(const char* text, size_t length) {
  size_t start = 0;
  size_t end = length;
  while (start < end && IsSpace(text[start])) ++start;
  while (end > start && IsSpace(text[end - 1])) --end;
  if (start < end && text[start] == '(' && text[end - 1] == ')') {
    ++start;
    --end;
    while (start < end && IsSpace(text[start])) ++start;
    while (end > start && IsSpace(text[end - 1])) --end;
  }
  Float real = 0.0;
  Float imag = 0.0;
  size_t pos = start;
  Float first;
  bool ok = false;
  if (ParseNumberPrefix(text, &pos, end, &first)) {
    if (pos == end) {
      real = first;
      ok = true;
    } else if (text[pos] == 'j' || text[pos] == 'J') {
      imag = first;
      ok = ++pos == end;
    } else if (text[pos] == '+' || text[pos] == '-') {
      real = first;
      Float second;
      const bool negative = text[pos] == '-';
      if (ParseNumberPrefix(text, &pos, end, &second)) {
        imag = second;
      } else {
        ++pos;  // a bare sign: +j / -j
        imag = negative ? -1.0 : 1.0;
      }
      ok = pos + 1 == end && (text[pos] == 'j' || text[pos] == 'J');
    }
  } else {
    // "j", "+j", "-j"
    size_t i = start;
    bool negative = false;
    if (i < end && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    if (i + 1 == end && (text[i] == 'j' || text[i] == 'J')) {
      imag = negative ? -1.0 : 1.0;
      ok = true;
    }
  }
  if (!ok) return RaiseValueError("complex() arg is a malformed string");
  return NewComplex(real, imag);
}

Value ComplexMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value real = n_pos > 0 ? args[0] : Value();
  Value imag = n_pos > 1 ? args[1] : Value();
  if (n_pos > 2) return RaiseFormat(&kTypeErrorType, "complex() takes at most 2 arguments (%u given)", n_pos);
  if (n_kw > 0) {
    const Value kw_real = FindKeyword(args, n_pos, n_kw, names::real);
    if (!kw_real.IsNull()) real = kw_real;
    const Value kw_imag = FindKeyword(args, n_pos, n_kw, names::imag);
    if (!kw_imag.IsNull()) imag = kw_imag;
  }
  if (real.IsNull() && imag.IsNull()) return NewComplex(0.0, 0.0);
  if (!real.IsNull() && IsStr(real)) {
    if (!imag.IsNull()) return RaiseTypeError("complex() can't take second arg if first is a string");
    const char* text;
    size_t length;
    StrData(real, &text, &length);
    return ComplexFromText(text, length);
  }
  if (!imag.IsNull() && IsStr(imag)) return RaiseTypeError("complex() second arg can't be a string");
  Parts a{0.0, 0.0};
  Parts b{0.0, 0.0};
  bool failed;
  if (!real.IsNull()) {
    if (!ToParts(real, &a, &failed)) {
      if (failed) return Value::Exception();
      return RaiseFormat(&kTypeErrorType, "complex() first argument must be a string or a number, not '%T'", real);
    }
    if (imag.IsNull() && IsComplex(real)) return real;
  }
  if (!imag.IsNull()) {
    if (!ToParts(imag, &b, &failed)) {
      if (failed) return Value::Exception();
      return RaiseFormat(&kTypeErrorType, "complex() second argument must be a number, not '%T'", imag);
    }
  }
  // (a.re + a.im j) + (b.re + b.im j) j, where parts that are not there are not added at all: adding a 0.0 would
  // turn an imaginary -0.0 into +0.0 (CPython keeps complex(1.5, -0.0) as (1.5-0j)).
  const Float re = (!imag.IsNull() && IsComplex(imag)) ? a.re - b.im : a.re;
  const Float im = (!real.IsNull() && IsComplex(real)) ? (imag.IsNull() ? a.im : a.im + b.re) : b.re;
  return NewComplex(re, im);
}

}  // namespace mica
