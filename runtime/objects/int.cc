#include "runtime/objects/int.h"

#include <math.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/bigint/bigint.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/float_text.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/type_type.h"

namespace mica {

using bigint::BigResult;
using bigint::BigView;
using bigint::Digit;
using bigint::kInt64Digits;

namespace {

const IntObject* AsInt(Value v) { return reinterpret_cast<const IntObject*>(v.AsObject()); }

// A small int or a bool: the cases that fit an int64 without looking at digits.
bool IsImmediateInt(Value v) { return v.IsSmallInt() || v.IsBool(); }
int64_t ImmediateValue(Value v) { return v.IsSmallInt() ? v.AsSmallInt() : (v.IsTrue() ? 1 : 0); }

// Scratch digits from the heap (kNoScan), freed by the destructor: the C++ scope is the owner.
class Scratch {
 public:
  Scratch() = default;
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  ~Scratch() { FreeRaw(block_); }
  // False with MemoryError pending.
  bool Reserve(size_t digits) {
    if (digits == 0) return true;
    if (digits > (static_cast<size_t>(-1) >> 2) / sizeof(Digit)) {
      RaiseMemoryError();
      return false;
    }
    block_ = static_cast<Digit*>(AllocateRaw(digits * sizeof(Digit), gc::kNoScan));
    return block_ != nullptr;
  }
  Digit* get() const { return block_; }

 private:
  Digit* block_ = nullptr;
};

IntObject* AllocateInt(size_t digits) {
  if (digits > (static_cast<size_t>(-1) >> 2) / sizeof(Digit)) {
    RaiseMemoryError();
    return nullptr;
  }
  Object* object = NewObject(&kIntType, sizeof(IntObject) + (digits == 0 ? 1 : digits) * sizeof(Digit), gc::kNoScan);
  return reinterpret_cast<IntObject*>(object);
}

// The value written into `object` (allocated for at least result.length digits): a small int when it fits (the
// block is freed), else the object, shrunk to its length; OverflowError (the block freed) outside a bounded range.
Value FinishInt(IntObject* object, BigResult result) {
  int64_t value = 0;
  const bool fits_int64 = result.length <= kInt64Digits &&
                          bigint::ToInt64(BigView{object->Digits(), result.length, result.negative}, &value) ==
                              bigint::Status::kOk;
  if (fits_int64 && Value::FitsSmallInt(value)) {
    State().heap->Free(object);
    return Value::SmallInt(static_cast<intptr_t>(value));
  }
  if (kIntsFitInt64 && (!fits_int64 || !IntInRange(value))) {
    State().heap->Free(object);
    return RaiseIntOverflow();
  }
  object->length = static_cast<uint32_t>(result.length);
  object->negative = result.negative ? 1 : 0;
  gc::Heap& heap = *State().heap;
  const size_t bytes = sizeof(IntObject) + result.length * sizeof(Digit);
  if (heap.BlockSize(object) >= bytes + gc::Heap::kGranuleBytes) {
    void* shrunk = heap.Reallocate(object, bytes);
    if (shrunk != nullptr) object = static_cast<IntObject*>(shrunk);
  }
  return Value::FromObject(&object->header);
}

bool IsZero(const BigView& v) { return v.length == 0; }

Value TrueDivide(Value lhs, Value rhs);

// int ** negative int is a float; without float (float = none) it is an error, as in MicroPython.
Value NegativePower(Value lhs, Value rhs) {
  if constexpr (!kHasFloat) {
    return RaiseValueError("negative power with no float support");
  } else {
    Float x;
    Float y;
    MICA_TRY(IntToFloat(lhs, &x));
    MICA_TRY(IntToFloat(rhs, &y));
    return FloatBinaryOp(BinaryOp::kPower, NewFloat(x), NewFloat(y));
  }
}

// ---- Small-int fast paths ----------------------------------------------------------------------------------------

int64_t FloorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

int64_t FloorMod(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

// Computes op on two int64 values; sets *done false when the result needs the big path.
Value SmallBinaryOp(BinaryOp op, int64_t a, int64_t b, bool* done) {
  *done = true;
  int64_t r;
  switch (op) {
    case BinaryOp::kAdd:
      if (__builtin_add_overflow(a, b, &r)) break;
      return NewInt(r);
    case BinaryOp::kSubtract:
      if (__builtin_sub_overflow(a, b, &r)) break;
      return NewInt(r);
    case BinaryOp::kMultiply:
      if (__builtin_mul_overflow(a, b, &r)) break;
      return NewInt(r);
    case BinaryOp::kFloorDivide:
      if (b == 0) return RaiseZeroDivision("integer division or modulo by zero");
      if (a == INT64_MIN && b == -1) break;
      return NewInt(FloorDiv(a, b));
    case BinaryOp::kModulo:
      if (b == 0) return RaiseZeroDivision("integer modulo by zero");
      if (b == -1) return Value::SmallInt(0);
      return NewInt(FloorMod(a, b));
    case BinaryOp::kPower: {
      if (b < 0) break;
      int64_t result = 1;
      int64_t base = a;
      int64_t e = b;
      bool overflow = false;
      while (e > 0 && !overflow) {
        if ((e & 1) != 0) overflow = __builtin_mul_overflow(result, base, &result);
        e >>= 1;
        if (e > 0 && !overflow) overflow = __builtin_mul_overflow(base, base, &base);
      }
      if (overflow) break;
      return NewInt(result);
    }
    case BinaryOp::kLShift:
      if (b < 0) return RaiseValueError("negative shift count");
      if (a == 0) return Value::SmallInt(0);
      if (b >= 64) break;
      if (a > (INT64_MAX >> b) || a < (INT64_MIN >> b)) break;
      return NewInt(static_cast<int64_t>(static_cast<uint64_t>(a) << b));
    case BinaryOp::kRShift:
      if (b < 0) return RaiseValueError("negative shift count");
      return NewInt(b >= 63 ? (a < 0 ? -1 : 0) : (a >> b));
    case BinaryOp::kAnd:
      return NewInt(a & b);
    case BinaryOp::kOr:
      return NewInt(a | b);
    case BinaryOp::kXor:
      return NewInt(a ^ b);
    case BinaryOp::kLess: return Value::Bool(a < b);
    case BinaryOp::kLessEqual: return Value::Bool(a <= b);
    case BinaryOp::kEqual: return Value::Bool(a == b);
    case BinaryOp::kNotEqual: return Value::Bool(a != b);
    case BinaryOp::kGreater: return Value::Bool(a > b);
    case BinaryOp::kGreaterEqual: return Value::Bool(a >= b);
    default:
      return Value();
  }
  *done = false;
  return Value();
}

// ---- Big paths ---------------------------------------------------------------------------------------------------

Value BigAddSubtract(const BigView& a, const BigView& b, bool subtract) {
  IntObject* out = AllocateInt(bigint::AddDigits(a.length, b.length));
  if (out == nullptr) return Value::Exception();
  const BigResult r = subtract ? bigint::Subtract(a, b, out->Digits()) : bigint::Add(a, b, out->Digits());
  return FinishInt(out, r);
}

Value BigMultiply(const BigView& a, const BigView& b) {
  IntObject* out = AllocateInt(bigint::MulDigits(a.length, b.length));
  if (out == nullptr) return Value::Exception();
  Scratch scratch;
  if (!scratch.Reserve(bigint::MulScratchDigits(a.length, b.length))) return Value::Exception();
  const BigResult r = bigint::Multiply(a, b, out->Digits(), scratch.get());
  return FinishInt(out, r);
}

Value BigDivMod(const BigView& a, const BigView& b, Value* quotient, Value* remainder, bool modulo_message) {
  if (IsZero(b)) {
    return RaiseZeroDivision(modulo_message ? "integer modulo by zero" : "integer division or modulo by zero");
  }
  IntObject* q = nullptr;
  IntObject* r = nullptr;
  if (quotient != nullptr) {
    q = AllocateInt(bigint::QuotientDigits(a.length, b.length));
    if (q == nullptr) return Value::Exception();
  }
  if (remainder != nullptr) {
    r = AllocateInt(bigint::RemainderDigits(a.length, b.length));
    if (r == nullptr) return Value::Exception();
  }
  Scratch scratch;
  if (!scratch.Reserve(bigint::DivScratchDigits(a.length, b.length))) return Value::Exception();
  BigResult q_result{0, false};
  BigResult r_result{0, false};
  bigint::DivMod(a, b, q != nullptr ? q->Digits() : nullptr, r != nullptr ? r->Digits() : nullptr, scratch.get(),
                 &q_result, &r_result);
  if (q != nullptr) *quotient = FinishInt(q, q_result);
  if (r != nullptr) *remainder = FinishInt(r, r_result);
  return Value::None();
}

Value BigPower(Value lhs, const BigView& a, Value rhs, const BigView& b) {
  if (b.negative) return NegativePower(lhs, rhs);
  uint64_t exponent;
  if (bigint::ToUint64(b, &exponent) != bigint::Status::kOk) {
    // Only 0, 1 and -1 survive an exponent beyond 64 bits.
    const bool unit = a.length == 0 || (a.length == 1 && a.digits[0] == 1);
    if (!unit) return RaiseMemoryError();
    exponent = 2 + (b.digits[0] & 1);
  }
  const size_t digits = bigint::PowDigits(a, exponent);
  if (digits == static_cast<size_t>(-1)) return RaiseMemoryError();
  IntObject* out = AllocateInt(digits);
  if (out == nullptr) return Value::Exception();
  Scratch scratch;
  if (!scratch.Reserve(bigint::PowScratchDigits(a, exponent))) return Value::Exception();
  return FinishInt(out, bigint::Pow(a, exponent, out->Digits(), scratch.get()));
}

Value BigShift(const BigView& a, const BigView& b, bool left) {
  if (b.negative) return RaiseValueError("negative shift count");
  if (IsZero(a)) return Value::SmallInt(0);
  uint64_t count;
  if (bigint::ToUint64(b, &count) != bigint::Status::kOk) count = UINT64_MAX;
  size_t digits;
  if (left) {
    digits = bigint::ShiftLeftDigits(a.length, count);
    if (digits == static_cast<size_t>(-1)) return RaiseOverflowError("too many digits in integer");
  } else {
    digits = bigint::ShiftRightDigits(a.length, count);
  }
  IntObject* out = AllocateInt(digits);
  if (out == nullptr) return Value::Exception();
  const BigResult r = left ? bigint::ShiftLeft(a, count, out->Digits()) : bigint::ShiftRight(a, count, out->Digits());
  return FinishInt(out, r);
}

Value BigBitwise(BinaryOp op, const BigView& a, const BigView& b) {
  IntObject* out = AllocateInt(bigint::BitwiseDigits(a.length, b.length));
  if (out == nullptr) return Value::Exception();
  BigResult r;
  if (op == BinaryOp::kAnd) {
    r = bigint::And(a, b, out->Digits());
  } else if (op == BinaryOp::kOr) {
    r = bigint::Or(a, b, out->Digits());
  } else {
    r = bigint::Xor(a, b, out->Digits());
  }
  return FinishInt(out, r);
}

Value CompareResult(BinaryOp op, int c) {
  switch (op) {
    case BinaryOp::kLess: return Value::Bool(c < 0);
    case BinaryOp::kLessEqual: return Value::Bool(c <= 0);
    case BinaryOp::kEqual: return Value::Bool(c == 0);
    case BinaryOp::kNotEqual: return Value::Bool(c != 0);
    case BinaryOp::kGreater: return Value::Bool(c > 0);
    default: return Value::Bool(c >= 0);
  }
}

// int / int, correctly rounded (CPython's algorithm in spirit: a 64-bit quotient plus a sticky bit).
Value TrueDivide(Value lhs, Value rhs) {
  Digit a_buffer[kInt64Digits];
  Digit b_buffer[kInt64Digits];
  const BigView a = IntView(lhs, a_buffer);
  const BigView b = IntView(rhs, b_buffer);
  if (IsZero(b)) return RaiseZeroDivision("division by zero");
  const bool negative = a.negative != b.negative;
  const Float zero = negative ? -Float{0} : Float{0};
  if (IsZero(a)) return NewFloat(zero);
  int64_t x;
  int64_t y;
  if (IntToInt64(lhs, &x) && IntToInt64(rhs, &y) && ConvertsToFloatExactly(x) && ConvertsToFloatExactly(y)) {
    return NewFloat(static_cast<Float>(x) / static_cast<Float>(y));
  }
  const int64_t a_bits = static_cast<int64_t>(bigint::BitLength(a.digits, a.length));
  const int64_t b_bits = static_cast<int64_t>(bigint::BitLength(b.digits, b.length));
  if (a_bits - b_bits > kFloatMaxExponent + 2) {
    return RaiseOverflowError("integer division result too large for a float");
  }
  if (b_bits - a_bits > FloatLayout::kExponentBias + FloatLayout::kFractionBits + 5) return NewFloat(zero);
  // q = floor(|a| * 2**k / |b|) has 63 or 64 bits.
  const int64_t k = b_bits - a_bits + 63;
  const BigView a_magnitude{a.digits, a.length, false};
  const BigView b_magnitude{b.digits, b.length, false};
  Scratch numerator;
  Scratch denominator;
  BigView n = a_magnitude;
  BigView d = b_magnitude;
  if (k > 0) {
    if (!numerator.Reserve(bigint::ShiftLeftDigits(a.length, static_cast<uint64_t>(k)))) return Value::Exception();
    const BigResult r = bigint::ShiftLeft(a_magnitude, static_cast<uint64_t>(k), numerator.get());
    n = BigView{numerator.get(), r.length, false};
  } else if (k < 0) {
    if (!denominator.Reserve(bigint::ShiftLeftDigits(b.length, static_cast<uint64_t>(-k)))) return Value::Exception();
    const BigResult r = bigint::ShiftLeft(b_magnitude, static_cast<uint64_t>(-k), denominator.get());
    d = BigView{denominator.get(), r.length, false};
  }
  Scratch quotient;
  Scratch scratch;
  if (!quotient.Reserve(n.length - d.length + 2) || !scratch.Reserve(bigint::DivScratchDigits(n.length, d.length))) {
    return Value::Exception();
  }
  const bigint::DivLengths lengths =
      bigint::DivideMagnitudes(n.digits, n.length, d.digits, d.length, quotient.get(), nullptr, scratch.get());
  uint64_t q = 0;
  for (size_t i = lengths.quotient; i-- > 0;) q = (q << 32) | quotient.get()[i];
  const Float magnitude = ComposeFloat(q, -k, lengths.remainder != 0);
  if (isinf(magnitude)) return RaiseOverflowError("integer division result too large for a float");
  return NewFloat(negative ? -magnitude : magnitude);
}

// ---- Slots -------------------------------------------------------------------------------------------------------

Value IntAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  if (name == names::real) {
    *value = self.IsBool() ? Value::SmallInt(self.IsTrue() ? 1 : 0) : self;
    return Value::None();
  }
  if (name == names::imag) {
    *value = Value::SmallInt(0);
    return Value::None();
  }
  return Value();
}

Value IntBitLengthMethod(const Value* args, uint32_t, uint32_t) {
  return NewIntFromUint64(IntBitLength(args[0]));
}

constexpr BuiltinFunction kBitLength = MakeMethod(&kIntType, names::bit_length, 1, 1, IntBitLengthMethod);
constexpr BuiltinFunction kToBytes =
    MakeMethod(&kIntType, names::to_bytes, 1, 4, IntToBytesMethod, kBuiltinTakesKeywords);
constexpr BuiltinFunction kFromBytes = MakeMethod(&kIntType, names::from_bytes, 2, 4, IntFromBytesMethod,
                                                  kBuiltinTakesKeywords | kBuiltinClassMethod);
// int.__int__, __index__ and __float__: what int(), indexing and float() of an int subclass instance use.
Value IntDunderInt(const Value* args, uint32_t, uint32_t) {
  return args[0].IsBool() ? Value::SmallInt(args[0].IsTrue() ? 1 : 0) : args[0];
}
Value IntDunderFloat(const Value* args, uint32_t, uint32_t) {
  Float value;
  MICA_TRY(IntToFloat(IntDunderInt(args, 1, 0), &value));
  return NewFloat(value);
}

constexpr BuiltinFunction kDunderFloat =
    MakeMethod(&kIntType, names::__float__, 1, 1, kHasFloat ? IntDunderFloat : nullptr);
constexpr BuiltinFunction kDunderIndex = MakeMethod(&kIntType, names::__index__, 1, 1, IntDunderInt);
constexpr BuiltinFunction kDunderInt = MakeMethod(&kIntType, names::__int__, 1, 1, IntDunderInt);

constexpr Member kIntMembers[] = {
    {names::__float__, &kDunderFloat.header},
    {names::__index__, &kDunderIndex.header},
    {names::__int__, &kDunderInt.header},
    {names::bit_length, &kBitLength.header},
    {names::from_bytes, &kFromBytes.header},
    {names::to_bytes, &kToBytes.header},
};
static_assert(MembersSorted(kIntMembers, sizeof kIntMembers / sizeof kIntMembers[0]), "int members sorted by id");
// int.__float__ (the first member) exists only where float does.
static_assert(kIntMembers[0].name == names::__float__, "int.__float__ sorts first");
constexpr size_t kFirstIntMember = kHasFloat ? 0 : 1;

}  // namespace

constexpr Type kIntType = {{&kTypeType}, names::int_, kTypeSubclassable, nullptr, IntMakeNew, IntPrint,
                           nullptr,      IntUnaryOp,  IntBinaryOp,       IntAttr, nullptr,    nullptr,
                           nullptr,
                           MemberTable{kIntMembers + kFirstIntMember,
                                       sizeof kIntMembers / sizeof kIntMembers[0] - kFirstIntMember}};

bool IsInt(Value v) {
  if (v.IsSmallInt() || v.IsBool()) return true;
  if (!v.IsObject()) return false;
  const Type* type = v.AsObject()->type;
  return type == &kIntType;
}

bool IsBigInt(Value v) { return v.IsObject() && v.AsObject()->type == &kIntType; }

Value RaiseIntOverflow() {
  return RaiseOverflowError(kIntRange == IntRange::kSmallOnly ? "small int overflow" : "int overflows long long");
}

Value NewInt(int64_t value) {
  if (Value::FitsSmallInt(value)) return Value::SmallInt(static_cast<intptr_t>(value));
  if constexpr (kIntRange == IntRange::kSmallOnly) return RaiseIntOverflow();
  IntObject* out = AllocateInt(kInt64Digits);
  if (out == nullptr) return Value::Exception();
  const BigResult r = bigint::FromInt64(value, out->Digits());
  out->length = static_cast<uint32_t>(r.length);
  out->negative = r.negative ? 1 : 0;
  return Value::FromObject(&out->header);
}

Value NewIntFromUint64(uint64_t value) {
  if (value <= static_cast<uint64_t>(Value::kSmallIntMax)) return Value::SmallInt(static_cast<intptr_t>(value));
  if (kIntsFitInt64 && value > static_cast<uint64_t>(kMaxSizeInt)) return RaiseIntOverflow();
  IntObject* out = AllocateInt(kInt64Digits);
  if (out == nullptr) return Value::Exception();
  out->length = static_cast<uint32_t>(bigint::FromUint64(value, out->Digits()));
  return Value::FromObject(&out->header);
}

Value NewIntFromBig(BigView value) {
  const size_t length = bigint::Normalize(value.digits, value.length);
  IntObject* out = AllocateInt(length);
  if (out == nullptr) return Value::Exception();
  if (length > 0) memcpy(out->Digits(), value.digits, length * sizeof(Digit));
  return FinishInt(out, bigint::MakeResult(length, value.negative));
}

BigView IntView(Value v, Digit buffer[kInt64Digits]) {
  if (IsImmediateInt(v)) {
    const BigResult r = bigint::FromInt64(ImmediateValue(v), buffer);
    return BigView{buffer, r.length, r.negative};
  }
  const IntObject* object = AsInt(v);
  return BigView{object->Digits(), object->length, object->negative != 0};
}

Value IntFromBytes(const uint8_t* bytes, size_t count, bool little, bool is_signed) {
  IntObject* out = AllocateInt(bigint::FromBytesDigits(count));  // may collect, never moves: `bytes` stays valid
  if (out == nullptr) return Value::Exception();
  const bigint::ByteOrder order = little ? bigint::ByteOrder::kLittle : bigint::ByteOrder::kBig;
  return FinishInt(out, bigint::FromBytes(bytes, count, order, is_signed, out->Digits()));
}

Value IntToBytes(Value v, uint8_t* out, size_t count, bool little, bool is_signed) {
  Digit buffer[kInt64Digits];
  const BigView view = IntView(v, buffer);
  const bigint::ByteOrder order = little ? bigint::ByteOrder::kLittle : bigint::ByteOrder::kBig;
  if (bigint::ToBytes(view, out, count, order, is_signed) != bigint::Status::kOk) {
    return RaiseOverflowError(view.negative && !is_signed ? "can't convert negative int to unsigned"
                                                          : "int too big to convert");
  }
  return Value::None();
}

bool IntToInt64(Value v, int64_t* out) {
  if (IsImmediateInt(v)) {
    *out = ImmediateValue(v);
    return true;
  }
  const IntObject* object = AsInt(v);
  return bigint::ToInt64(BigView{object->Digits(), object->length, object->negative != 0}, out) ==
         bigint::Status::kOk;
}

bool IntIsNegative(Value v) {
  if (IsImmediateInt(v)) return ImmediateValue(v) < 0;
  return AsInt(v)->negative != 0;
}

Value CallSpecialMethod(Value v, uint32_t name, Value* out) {
  *out = Value();
  if ((TypeOf(v)->flags & kTypeIsUserClass) == 0) return Value::None();
  const Value method = LookupAttr(v, name);  // bound to v, as format() finds __format__
  MICA_TRY(method);
  if (method.IsNull()) return Value::None();
  const Value result = CallValue(method, nullptr, 0, 0);
  MICA_TRY(result);
  *out = result;
  return Value::None();
}

Value IndexInt(Value v, Value* out) {
  if (IsInt(v)) {
    *out = v.IsBool() ? Value::SmallInt(v.IsTrue() ? 1 : 0) : v;
    return Value::None();
  }
  MICA_TRY(CallSpecialMethod(v, names::__index__, out));
  if (!out->IsNull() && !IsInt(*out)) {
    return RaiseFormat(&kTypeErrorType, "__index__ returned non-int (type %T)", *out);
  }
  return Value::None();
}

Value ToIndex(Value v, intptr_t* out) {
  if (v.IsSmallInt()) {
    *out = v.AsSmallInt();
    return Value::None();
  }
  if (!IsInt(v)) {
    Value index;
    MICA_TRY(IndexInt(v, &index));
    if (!index.IsNull()) v = index;
  }
  if (!IsInt(v)) return RaiseFormat(&kTypeErrorType, "'%T' object cannot be interpreted as an integer", v);
  int64_t wide;
  if (!IntToInt64(v, &wide) || wide > INTPTR_MAX || wide < INTPTR_MIN) {
    return RaiseOverflowError("Python int too large to convert to C ssize_t");
  }
  *out = static_cast<intptr_t>(wide);
  return Value::None();
}

Value IntFromText(const char* text, size_t length, unsigned base) {
  if (base == 1 || base > 36) return RaiseValueError("int() base must be >= 2 and <= 36, or 0");
  bool ascii = true;
  for (size_t i = 0; i < length; ++i) ascii &= static_cast<uint8_t>(text[i]) < 0x80;
  IntObject* out = AllocateInt(bigint::FromTextDigits(length, base));
  if (out == nullptr) return Value::Exception();
  BigResult r;
  if (!ascii || bigint::FromText(text, length, base, out->Digits(), &r) != bigint::Status::kOk) {
    State().heap->Free(out);
    const Value literal = NewStr(text, length);
    MICA_TRY(literal);
    return RaiseFormat(&kValueErrorType, "invalid literal for int() with base %u: %R", base, literal);
  }
  return FinishInt(out, r);
}

int IntCompare(Value a, Value b) {
  if ((IsImmediateInt(a) && IsImmediateInt(b)) || kIntsFitInt64) {
    int64_t x;
    int64_t y;
    IntToInt64(a, &x);
    IntToInt64(b, &y);
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  Digit a_buffer[kInt64Digits];
  Digit b_buffer[kInt64Digits];
  return bigint::Compare(IntView(a, a_buffer), IntView(b, b_buffer));
}

Value IntBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (!IsInt(lhs) || !IsInt(rhs)) return Value();
  if (op == BinaryOp::kTrueDivide) {
    // int / int is a float: without float the operator is unsupported (TypeError), as in MicroPython.
    if constexpr (kHasFloat) {
      return TrueDivide(lhs, rhs);
    } else {
      return Value();
    }
  }
  if (op == BinaryOp::kMatMultiply || op >= BinaryOp::kContains) return Value();
  if (static_cast<uint8_t>(op) >= kInplaceOffset && op < BinaryOp::kLess) return Value();  // the plain form serves
  if ((IsImmediateInt(lhs) && IsImmediateInt(rhs)) || kIntsFitInt64) {
    int64_t a;
    int64_t b;
    IntToInt64(lhs, &a);
    IntToInt64(rhs, &b);
    if (op == BinaryOp::kPower && b < 0) return NegativePower(lhs, rhs);
    bool done;
    const Value result = SmallBinaryOp(op, a, b, &done);
    if (done) return result;
    // Only an int64 overflow leaves SmallBinaryOp undone: in a bounded build that is the answer.
    if constexpr (kIntsFitInt64) return RaiseIntOverflow();
  }
  Digit a_buffer[kInt64Digits];
  Digit b_buffer[kInt64Digits];
  const BigView a = IntView(lhs, a_buffer);
  const BigView b = IntView(rhs, b_buffer);
  switch (op) {
    case BinaryOp::kAdd: return BigAddSubtract(a, b, false);
    case BinaryOp::kSubtract: return BigAddSubtract(a, b, true);
    case BinaryOp::kMultiply: return BigMultiply(a, b);
    case BinaryOp::kFloorDivide: {
      Value quotient;
      MICA_TRY(BigDivMod(a, b, &quotient, nullptr, false));
      return quotient;
    }
    case BinaryOp::kModulo: {
      Value remainder;
      MICA_TRY(BigDivMod(a, b, nullptr, &remainder, true));
      return remainder;
    }
    case BinaryOp::kPower: return BigPower(lhs, a, rhs, b);
    case BinaryOp::kLShift: return BigShift(a, b, true);
    case BinaryOp::kRShift: return BigShift(a, b, false);
    case BinaryOp::kAnd:
    case BinaryOp::kOr:
    case BinaryOp::kXor: return BigBitwise(op, a, b);
    default: return CompareResult(op, bigint::Compare(a, b));
  }
}

Value IntDivMod(Value a, Value b, Value* quotient, Value* remainder) {
  if ((IsImmediateInt(a) && IsImmediateInt(b)) || kIntsFitInt64) {
    int64_t x;
    int64_t y;
    IntToInt64(a, &x);
    IntToInt64(b, &y);
    if (y == 0) return RaiseZeroDivision("integer division or modulo by zero");
    if (!(x == INT64_MIN && y == -1)) {
      *quotient = NewInt(FloorDiv(x, y));
      MICA_TRY(*quotient);
      *remainder = NewInt(FloorMod(x, y));
      return *remainder;
    }
    if constexpr (kIntsFitInt64) return RaiseIntOverflow();
  }
  Digit a_buffer[kInt64Digits];
  Digit b_buffer[kInt64Digits];
  return BigDivMod(IntView(a, a_buffer), IntView(b, b_buffer), quotient, remainder, false);
}

namespace {

// The inverse of a modulo m (m > 0) by the extended Euclidean algorithm, for pow(a, -e, m). Runs on Values
// (it is rare, and the numbers may be big).
Value ModInverse(Value a, Value m) {
  Value r0 = m;
  Value r1 = BinaryOperation(BinaryOp::kModulo, a, m);
  MICA_TRY(r1);
  Value t0 = Value::SmallInt(0);
  Value t1 = Value::SmallInt(1);
  while (!(r1.IsSmallInt() && r1.AsSmallInt() == 0)) {
    const Value q = BinaryOperation(BinaryOp::kFloorDivide, r0, r1);
    MICA_TRY(q);
    const Value q_r1 = BinaryOperation(BinaryOp::kMultiply, q, r1);
    MICA_TRY(q_r1);
    const Value r2 = BinaryOperation(BinaryOp::kSubtract, r0, q_r1);
    MICA_TRY(r2);
    const Value q_t1 = BinaryOperation(BinaryOp::kMultiply, q, t1);
    MICA_TRY(q_t1);
    const Value t2 = BinaryOperation(BinaryOp::kSubtract, t0, q_t1);
    MICA_TRY(t2);
    r0 = r1;
    r1 = r2;
    t0 = t1;
    t1 = t2;
  }
  if (!(r0.IsSmallInt() && r0.AsSmallInt() == 1)) {
    return RaiseValueError("base is not invertible for the given modulus");
  }
  return BinaryOperation(BinaryOp::kModulo, t0, m);
}

// (a * b) mod m for a, b < m <= 2**63 without a wider type (32-bit targets have no __int128): products of
// 32-bit values directly, others by doubling (every sum stays below 2 * m <= 2**64).
uint64_t MulMod(uint64_t a, uint64_t b, uint64_t m) {
  if ((a >> 32) == 0 && (b >> 32) == 0) return (a * b) % m;
  uint64_t result = 0;
  for (; b != 0; b >>= 1) {
    if ((b & 1) != 0) {
      result += a;
      if (result >= m) result -= m;
    }
    a += a;
    if (a >= m) a -= m;
  }
  return result;
}

// pow(base, exponent, modulus) in int64 (exponent >= 0, modulus != 0), for bounded builds: the result lies
// between 0 and the modulus, so it always fits.
Value Int64PowMod(int64_t base, int64_t exponent, int64_t modulus) {
  const uint64_t m = modulus < 0 ? 0 - static_cast<uint64_t>(modulus) : static_cast<uint64_t>(modulus);
  // base mod |m|, in 0..|m|-1 (Python's floor modulo), computed on magnitudes so INT64_MIN is no special case.
  uint64_t b = base < 0 ? 0 - static_cast<uint64_t>(base) : static_cast<uint64_t>(base);
  b %= m;
  if (base < 0 && b != 0) b = m - b;
  uint64_t result = 1 % m;
  for (uint64_t e = static_cast<uint64_t>(exponent); e != 0; e >>= 1) {
    if ((e & 1) != 0) result = MulMod(result, b, m);
    if (e > 1) b = MulMod(b, b, m);
  }
  // The result takes the modulus's sign, as in Python.
  if (modulus < 0 && result != 0) return NewInt(-static_cast<int64_t>(m - result));
  return NewInt(static_cast<int64_t>(result));
}

}  // namespace

Value IntPowMod(Value base, Value exponent, Value modulus) {
  {
    Digit e_buffer[kInt64Digits];
    Digit m_buffer[kInt64Digits];
    const BigView m = IntView(modulus, m_buffer);
    if (IsZero(m)) return RaiseValueError("pow() 3rd argument cannot be 0");
    if (IntView(exponent, e_buffer).negative) {
      // pow(b, -e, m) is pow(inverse of b mod |m|, e, m).
      const Value abs_m = IntUnaryOp(UnaryOp::kAbs, modulus);
      MICA_TRY(abs_m);
      const Value inverse = ModInverse(base, abs_m);
      MICA_TRY(inverse);
      const Value positive = IntUnaryOp(UnaryOp::kNegative, exponent);
      MICA_TRY(positive);
      return IntPowMod(inverse, positive, modulus);
    }
  }
  if (kIntsFitInt64) {  // a plain if: the constant folds it, and Int64PowMod stays referenced in every build
    int64_t b;
    int64_t e;
    int64_t m;
    IntToInt64(base, &b);
    IntToInt64(exponent, &e);
    IntToInt64(modulus, &m);
    return Int64PowMod(b, e, m);
  }
  Digit b_buffer[kInt64Digits];
  Digit e_buffer[kInt64Digits];
  Digit m_buffer[kInt64Digits];
  const BigView b = IntView(base, b_buffer);
  const BigView e = IntView(exponent, e_buffer);
  const BigView m = IntView(modulus, m_buffer);
  if (IsZero(m)) return RaiseValueError("pow() 3rd argument cannot be 0");
  if (e.negative) return RaiseValueError("pow() 2nd argument cannot be negative when 3rd argument specified");
  IntObject* out = AllocateInt(bigint::ModPowDigits(m.length));
  if (out == nullptr) return Value::Exception();
  Scratch scratch;
  if (!scratch.Reserve(bigint::ModPowScratchDigits(b.length, m.length))) return Value::Exception();
  BigResult r;
  if (bigint::ModPow(b, e, m, out->Digits(), scratch.get(), &r) != bigint::Status::kOk) {
    return RaiseValueError("pow() 3rd argument cannot be 0");
  }
  return FinishInt(out, r);
}

intptr_t IntHash(Value v) {
  int64_t x;
  if (IsImmediateInt(v) || kIntsFitInt64) {
    IntToInt64(v, &x);
    // C++'s % truncates towards zero, so the residue keeps x's sign, as the numeric hash wants.
    const int64_t h = x % ((int64_t{1} << bigint::kHashBits) - 1);
    return static_cast<intptr_t>(h == -1 ? -2 : h);
  }
  const IntObject* object = AsInt(v);
  return bigint::Hash(BigView{object->Digits(), object->length, object->negative != 0});
}

Value IntUnaryOp(UnaryOp op, Value v) {
  if (IsImmediateInt(v) || kIntsFitInt64) {
    int64_t x;
    IntToInt64(v, &x);
    switch (op) {
      case UnaryOp::kBool: return Value::Bool(x != 0);
      case UnaryOp::kHash: return HashToValue(IntHash(v));
      case UnaryOp::kPositive: return IsImmediateInt(v) ? Value::SmallInt(static_cast<intptr_t>(x)) : v;
      case UnaryOp::kNegative:
        if (x == INT64_MIN) return RaiseIntOverflow();  // only a long_long build holds it
        return NewInt(-x);
      case UnaryOp::kInvert: return NewInt(~x);
      case UnaryOp::kAbs:
        if (x == INT64_MIN) return RaiseIntOverflow();
        return NewInt(x < 0 ? -x : x);
      default: return Value();
    }
  }
  const IntObject* object = AsInt(v);
  const BigView view{object->Digits(), object->length, object->negative != 0};
  switch (op) {
    case UnaryOp::kBool: return Value::True();
    case UnaryOp::kHash: return HashToValue(IntHash(v));
    case UnaryOp::kPositive: return v;
    case UnaryOp::kNegative:
    case UnaryOp::kAbs: {
      if (op == UnaryOp::kAbs && !view.negative) return v;
      IntObject* out = AllocateInt(view.length);
      if (out == nullptr) return Value::Exception();
      const IntObject* source = AsInt(v);  // re-read: the allocation may have collected (nothing moves, but be plain)
      memcpy(out->Digits(), source->Digits(), view.length * sizeof(Digit));
      return FinishInt(out, bigint::MakeResult(view.length, op == UnaryOp::kNegative ? !view.negative : false));
    }
    case UnaryOp::kInvert: {
      IntObject* out = AllocateInt(bigint::InvertDigits(view.length));
      if (out == nullptr) return Value::Exception();
      return FinishInt(out, bigint::Invert(view, out->Digits()));
    }
    default: return Value();
  }
}

uint64_t IntBitLength(Value v) {
  Digit buffer[kInt64Digits];
  const BigView view = IntView(v, buffer);
  return bigint::BitLength(view.digits, view.length);
}

Value IntPrintFormatted(const Printer& printer, Value v, IntFormat format) {
  if (IsImmediateInt(v) || kIntsFitInt64) {
    int64_t x;
    IntToInt64(v, &x);
    char text[kMaxIntText];
    printer.Write(text, FormatInt(x, format, text, sizeof(text)));
    return Value::None();
  }
  const IntObject* object = AsInt(v);
  const BigView view{object->Digits(), object->length, object->negative != 0};
  const size_t capacity = bigint::TextChars(view.length, format.base);
  char* text = static_cast<char*>(AllocateRaw(capacity, gc::kNoScan));
  if (text == nullptr) return Value::Exception();
  Scratch scratch;
  if (!scratch.Reserve(bigint::TextScratchDigits(view.length))) {
    FreeRaw(text);
    return Value::Exception();
  }
  const size_t length = bigint::ToText(view, format, text, capacity, scratch.get());
  printer.Write(text, length);
  FreeRaw(text);
  return Value::None();
}

Value IntToStr(Value v, IntFormat format) {
  StringBuilder builder;
  MICA_TRY(IntPrintFormatted(builder.AsPrinter(), v, format));
  return builder.Finish();
}

Value IntPrint(const Printer& printer, Value self, PrintKind) {
  if (self.IsBool()) {
    printer.Write(self.IsTrue() ? "True" : "False");
    return Value::None();
  }
  return IntPrintFormatted(printer, self, IntFormat());
}

Value IntMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value base_value = n_pos > 1 ? args[1] : Value();
  if (n_kw > 0) {
    const Value keyword = FindKeyword(args, n_pos, n_kw, names::base);
    if (keyword.IsNull() || n_kw > 1) return RaiseTypeError("int() got an unexpected keyword argument");
    base_value = keyword;
  }
  if (n_pos > 2) return RaiseFormat(&kTypeErrorType, "int() takes at most 2 arguments (%u given)", n_pos);
  if (n_pos == 0) {
    if (!base_value.IsNull()) return RaiseTypeError("int() missing string argument");
    return Value::SmallInt(0);
  }
  const Value x = args[0];
  if (!base_value.IsNull()) {
    intptr_t base;
    MICA_TRY(ToIndex(base_value, &base));
    const char* text;
    size_t length;
    if (!StrData(x, &text, &length)) return RaiseTypeError("int() can't convert non-string with explicit base");
    if (base < 0 || base == 1 || base > 36) return RaiseValueError("int() base must be >= 2 and <= 36, or 0");
    return IntFromText(text, length, static_cast<unsigned>(base));
  }
  if (x.IsBool()) return Value::SmallInt(x.IsTrue() ? 1 : 0);
  if (IsInt(x)) return x;
  if constexpr (kHasFloat) {
    if (IsFloat(x)) return IntFromFloat(FloatValue(x));
  }
  const char* text;
  size_t length;
  if (StrData(x, &text, &length)) return IntFromText(text, length, 10);
  // A class with __int__, else __index__ (as CPython 3.10+).
  Value converted;
  MICA_TRY(CallSpecialMethod(x, names::__int__, &converted));
  if (!converted.IsNull()) {
    if (!IsInt(converted)) return RaiseFormat(&kTypeErrorType, "__int__ returned non-int (type %T)", converted);
    return converted.IsBool() ? Value::SmallInt(converted.IsTrue() ? 1 : 0) : converted;
  }
  MICA_TRY(IndexInt(x, &converted));
  if (!converted.IsNull()) return converted;
  return RaiseFormat(&kTypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%T'",
                     x);
}

}  // namespace mica
