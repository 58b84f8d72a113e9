// int: small ints are immediates (runtime/value.h); the rest are IntObjects holding a sign and a bigint
// magnitude (runtime/bigint). An IntObject never holds a value that fits a small int: every constructor
// normalises, so "is it small" is a tag test and equal ints have equal representations.
//
// The build chooses which ints exist (kIntRange, runtime/core_config.h): any size, those of int64_t ("long_long")
// or small ints only ("small"). Every int is made by the functions below, which raise OverflowError for a value
// outside the range; with a bounded range every int fits an int64, so the operators compute in int64 with
// overflow checks and the big-number kernels are not referenced.
//
// bool is a subclass of int: every function here that takes an int also takes True/False as 1/0 (IsInt() is
// true for them). Mixed int/float arithmetic is done by float (float.h): IntBinaryOp declines (returns null) when
// the other operand is not an int, and float's slot handles both orders.
#ifndef MICA_RUNTIME_OBJECTS_INT_H_
#define MICA_RUNTIME_OBJECTS_INT_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/bigint/digits.h"
#include "runtime/bigint/int64_convert.h"
#include "runtime/float_type.h"
#include "runtime/int_format.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct IntObject {
  Object header;
  uint32_t length;    // digits in use: normalised, and too many for a small int
  uint32_t negative;  // 1 for a negative value
  bigint::Digit* Digits() { return reinterpret_cast<bigint::Digit*>(this + 1); }
  const bigint::Digit* Digits() const { return reinterpret_cast<const bigint::Digit*>(this + 1); }
};

extern const Type kIntType;

// A small int, an IntObject or a bool.
bool IsInt(Value v);
// An IntObject (a big int).
bool IsBigInt(Value v);

// Whether every int of this build fits an int64_t (ints = "long_long" or "small").
constexpr bool kIntsFitInt64 = kIntRange != IntRange::kArbitrary;
// Whether `value` is an int this build can hold.
constexpr bool IntInRange(int64_t value) {
  return kIntRange != IntRange::kSmallOnly || Value::FitsSmallInt(value);
}
// sys.maxsize: the largest int a bounded build holds (kSmallIntMax or INT64_MAX), CPython's ssize_t maximum
// (INTPTR_MAX) with arbitrary precision.
constexpr int64_t kMaxSizeInt = kIntRange == IntRange::kSmallOnly  ? int64_t{Value::kSmallIntMax}
                                : kIntRange == IntRange::kLongLong ? INT64_MAX
                                                                   : int64_t{INTPTR_MAX};
// OverflowError for a result outside a bounded build's range: "small int overflow" or "int overflows long long".
Value RaiseIntOverflow();

Value NewInt(int64_t value);
Value NewIntFromUint64(uint64_t value);
// A normalised copy (small when it fits); null with MemoryError pending.
Value NewIntFromBig(bigint::BigView value);

// A view of any int (small ints and bools are written into `buffer`, which must outlive the view).
bigint::BigView IntView(Value v, bigint::Digit buffer[bigint::kInt64Digits]);

// int.from_bytes(bytes[0..count), little-endian or big, signed or not).
Value IntFromBytes(const uint8_t* bytes, size_t count, bool little, bool is_signed);
// v.to_bytes(count, ...) into out[0..count): OverflowError when v does not fit (precondition IsInt(v)).
Value IntToBytes(Value v, uint8_t* out, size_t count, bool little, bool is_signed);

// v as int64 when it fits (precondition IsInt(v)); false otherwise, without raising.
bool IntToInt64(Value v, int64_t* out);

// v as an int for indexing: v itself (bools as 0/1), or v.__index__() for an instance of a user class that has
// one (TypeError "__index__ returned non-int (type str)" when it is not an int). Returns None with *out set, or
// None with *out null when v has no integer value (the caller raises its own TypeError), or an exception.
Value IndexInt(Value v, Value* out);
// The result of v.name() for an instance of a user class whose class defines `name` (__int__, __float__,
// __index__): None with *out set, None with *out null when there is no such method, or an exception.
Value CallSpecialMethod(Value v, uint32_t name, Value* out);

// __index__: v as an intptr_t for lengths, indices and counts. TypeError ("'%T' object cannot be interpreted as an
// integer") if v is not an int, OverflowError ("Python int too large to convert to C ssize_t") if it does not fit.
Value ToIndex(Value v, intptr_t* out);

// float(v) of an int; OverflowError("int too large to convert to float").
Value IntToFloat(Value v, Float* out);
// int(x) of a float: truncates. OverflowError for infinities, ValueError for NaN.
Value IntFromFloat(Float value);
// int(text, base), base 0 or 2..36: ValueError("invalid literal for int() with base 10: 'x'").
Value IntFromText(const char* text, size_t length, unsigned base);

// -1, 0, 1 (preconditions: both IsInt).
int IntCompare(Value a, Value b);

// Arithmetic, bitwise, shift and comparison operators with Python semantics when both operands are ints; null
// (decline) otherwise. / gives a float; ** with a negative exponent gives a float.
Value IntBinaryOp(BinaryOp op, Value lhs, Value rhs);
Value IntUnaryOp(UnaryOp op, Value v);
// pow(base, exponent, modulus) for ints (ValueError for modulus 0, negative exponent unsupported).
Value IntPowMod(Value base, Value exponent, Value modulus);
// divmod(a, b) as two values; false with an exception pending.
Value IntDivMod(Value a, Value b, Value* quotient, Value* remainder);

// hash(v), in CPython's numeric scheme (equal to the float hash of an equal float).
intptr_t IntHash(Value v);

// Text in `format` (str(), hex(), oct(), bin()): writes to the printer. MemoryError for huge ints only.
Value IntPrintFormatted(const Printer& printer, Value v, IntFormat format);
// The same, as a str value.
Value IntToStr(Value v, IntFormat format);

// int.bit_length().
uint64_t IntBitLength(Value v);
// Whether v is negative (precondition IsInt).
bool IntIsNegative(Value v);

// The slots (int's make_new also serves bool's base, so user subclasses can reuse it).
Value IntMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);
Value IntPrint(const Printer& printer, Value self, PrintKind kind);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_INT_H_
