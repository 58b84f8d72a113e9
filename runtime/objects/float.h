// float: a boxed mica::Float, IEEE-754 binary64 or binary32 as the build chooses (runtime/float_type.h), in the
// heap as a FloatObject (gc::kNoScan).
//
// float's binary_op slot also handles int/float mixes in both orders (the int slot declines when the other
// operand is a float), so 1 + 2.5 and 2.5 + 1 both land here. Hashes follow CPython's numeric scheme so that
// hash(2.0) == hash(2) and a dict finds 2 under the key 2.0. Text conversions are in float_text.h.
#ifndef MICA_RUNTIME_OBJECTS_FLOAT_H_
#define MICA_RUNTIME_OBJECTS_FLOAT_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/float_type.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct FloatObject {
  Object header;
  Float value;
};

extern const Type kFloatType;

bool IsFloat(Value v);
Float FloatValue(Value v);  // precondition: IsFloat(v)
Value NewFloat(Float value);

// v as a Float for int, bool and float; TypeError("must be real number, not str") otherwise, OverflowError for
// ints too large.
Value ToFloat(Value v, Float* out);

// hash() of a Float, equal to IntHash of an equal integer.
intptr_t FloatHash(Float value);

// float(text): Python's syntax (whitespace, sign, digits with underscores, exponent, "inf", "infinity", "nan",
// any case); ValueError("could not convert string to float: 'x'").
Value FloatFromText(const char* text, size_t length);

// round(x) (an int, ties to even; OverflowError/ValueError for inf/nan) and round(x, ndigits) (a float,
// correctly rounded in decimal like CPython: round(2.675, 2) == 2.67).
Value FloatRound(Float value, Value ndigits);

// Python's x // y and x % y for Floats (ZeroDivisionError for y == 0).
Value FloatFloorDivMod(Float x, Float y, Float* quotient, Float* remainder);

// Arithmetic and comparisons when at least one operand is a float and the other an int or float; null otherwise.
Value FloatBinaryOp(BinaryOp op, Value lhs, Value rhs);

// Exact comparison of a Float with an int (no rounding of big ints): -1, 0, 1; 2 when x is NaN.
int CompareFloatWithInt(Float x, Value i);

Value FloatMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);
Value FloatPrint(const Printer& printer, Value self, PrintKind kind);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_FLOAT_H_
