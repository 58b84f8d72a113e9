#include "runtime/objects/range.h"

#include "gc/heap.h"
#include "runtime/int_format.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

RangeObject* AsRange(Value v) { return reinterpret_cast<RangeObject*>(v.AsObject()); }

// ---- Word arithmetic: start, stop and step all fit an intptr_t (always when they are small ints) -------------

struct Words {
  intptr_t start;
  intptr_t stop;
  intptr_t step;
};

bool ToWord(Value v, intptr_t* out) {
  if (v.IsSmallInt()) {
    *out = v.AsSmallInt();
    return true;
  }
  int64_t value;
  if (!IntToInt64(v, &value) || static_cast<int64_t>(static_cast<intptr_t>(value)) != value) return false;
  *out = static_cast<intptr_t>(value);
  return true;
}

bool GetWords(const RangeObject* range, Words* out) {
  return ToWord(range->start, &out->start) && ToWord(range->stop, &out->stop) && ToWord(range->step, &out->step);
}

// Every item lies between start and stop, so it fits a word; the wrapping arithmetic is exact.
uintptr_t WordLength(const Words& w) {
  if (w.step > 0 && w.start < w.stop) {
    return (static_cast<uintptr_t>(w.stop) - static_cast<uintptr_t>(w.start) - 1) / static_cast<uintptr_t>(w.step) + 1;
  }
  if (w.step < 0 && w.stop < w.start) {
    return (static_cast<uintptr_t>(w.start) - static_cast<uintptr_t>(w.stop) - 1) /
               (0 - static_cast<uintptr_t>(w.step)) + 1;
  }
  return 0;
}

intptr_t WordItem(const Words& w, uintptr_t index) {
  return static_cast<intptr_t>(static_cast<uintptr_t>(w.start) + index * static_cast<uintptr_t>(w.step));
}

Value FromUword(uintptr_t n) {
  if (n > static_cast<uintptr_t>(Value::kSmallIntMax)) return NewIntFromUint64(n);
  return Value::SmallInt(static_cast<intptr_t>(n));
}

// ---- Int Value arithmetic: any bounds ----------------------------------------------------------------------

bool StepUp(const RangeObject* range) { return !IntIsNegative(range->step); }

bool IsEmpty(const RangeObject* range) {
  const int order = IntCompare(range->start, range->stop);
  return StepUp(range) ? order >= 0 : order <= 0;
}

Value Add(Value a, Value b) { return IntBinaryOp(BinaryOp::kAdd, a, b); }
Value Subtract(Value a, Value b) { return IntBinaryOp(BinaryOp::kSubtract, a, b); }
Value Multiply(Value a, Value b) { return IntBinaryOp(BinaryOp::kMultiply, a, b); }

// The number of items as an int Value.
Value LengthOf(const RangeObject* range) {
  Words w;
  if (GetWords(range, &w)) return FromUword(WordLength(w));
  if (IsEmpty(range)) return Value::SmallInt(0);
  // (|stop - start| - 1) // |step| + 1
  const bool up = StepUp(range);
  Value distance = up ? Subtract(range->stop, range->start) : Subtract(range->start, range->stop);
  MICA_TRY(distance);
  distance = Subtract(distance, Value::SmallInt(1));
  MICA_TRY(distance);
  const Value magnitude = up ? range->step : IntUnaryOp(UnaryOp::kNegative, range->step);
  MICA_TRY(magnitude);
  const Value quotient = IntBinaryOp(BinaryOp::kFloorDivide, distance, magnitude);
  MICA_TRY(quotient);
  return Add(quotient, Value::SmallInt(1));
}

// start + index * step.
Value ItemAt(const RangeObject* range, Value index) {
  const Value offset = Multiply(index, range->step);
  MICA_TRY(offset);
  return Add(range->start, offset);
}

Value RangePrint(const Printer& printer, Value self, PrintKind) {
  const RangeObject* range = AsRange(self);
  printer.Write("range(", 6);
  MICA_TRY(IntPrint(printer, range->start, PrintKind::kRepr));
  printer.Write(", ", 2);
  MICA_TRY(IntPrint(printer, range->stop, PrintKind::kRepr));
  if (!(range->step.IsSmallInt() && range->step.AsSmallInt() == 1)) {
    printer.Write(", ", 2);
    MICA_TRY(IntPrint(printer, range->step, PrintKind::kRepr));
  }
  printer.Write(")", 1);
  return Value::None();
}

Value RangeUnaryOp(UnaryOp op, Value self) {
  const RangeObject* range = AsRange(self);
  switch (op) {
    case UnaryOp::kBool: return Value::Bool(!IsEmpty(range));
    case UnaryOp::kLen: return LengthOf(range);
    case UnaryOp::kHash: {
      // Equal ranges (same items) hash alike.
      const Value length = LengthOf(range);
      MICA_TRY(length);
      uintptr_t hash = static_cast<uintptr_t>(IntHash(length));
      if (!IsEmpty(range)) hash = hash * 1000003u ^ static_cast<uintptr_t>(IntHash(range->start));
      if (IntCompare(length, Value::SmallInt(1)) > 0) {
        hash = hash * 1000003u ^ static_cast<uintptr_t>(IntHash(range->step));
      }
      return HashToValue(static_cast<intptr_t>(hash));
    }
    default: return Value();
  }
}

// The index of the int `value` in the range as an int Value, the null Value when absent, or an exception.
Value IndexOf(const RangeObject* range, Value value) {
  Words w;
  intptr_t v;
  if (GetWords(range, &w) && ToWord(value, &v)) {
    uintptr_t offset;
    uintptr_t step;
    if (w.step > 0) {
      if (v < w.start || v >= w.stop) return Value();
      offset = static_cast<uintptr_t>(v) - static_cast<uintptr_t>(w.start);
      step = static_cast<uintptr_t>(w.step);
    } else {
      if (v > w.start || v <= w.stop) return Value();
      offset = static_cast<uintptr_t>(w.start) - static_cast<uintptr_t>(v);
      step = 0 - static_cast<uintptr_t>(w.step);
    }
    if (offset % step != 0) return Value();
    return FromUword(offset / step);  // below the length: v lies between start and stop
  }
  const int from_start = IntCompare(value, range->start);
  const int from_stop = IntCompare(value, range->stop);
  if (StepUp(range) ? (from_start < 0 || from_stop >= 0) : (from_start > 0 || from_stop <= 0)) return Value();
  const Value offset = Subtract(value, range->start);
  MICA_TRY(offset);
  Value quotient;
  Value remainder;
  MICA_TRY(IntDivMod(offset, range->step, &quotient, &remainder));
  if (!(remainder.IsSmallInt() && remainder.AsSmallInt() == 0)) return Value();
  return quotient;
}

Value RangeBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  switch (op) {
    case BinaryOp::kEqual:
    case BinaryOp::kNotEqual: {
      if (!IsRange(lhs) || !IsRange(rhs)) return Value();
      const RangeObject* a = AsRange(lhs);
      const RangeObject* b = AsRange(rhs);
      const Value length = LengthOf(a);
      MICA_TRY(length);
      const Value other_length = LengthOf(b);
      MICA_TRY(other_length);
      bool equal = IntCompare(length, other_length) == 0;
      if (equal && !IsEmpty(a)) {
        equal = IntCompare(a->start, b->start) == 0 &&
                (IntCompare(length, Value::SmallInt(1)) == 0 || IntCompare(a->step, b->step) == 0);
      }
      return Value::Bool(equal == (op == BinaryOp::kEqual));
    }
    case BinaryOp::kContains: {
      if (!IsInt(rhs)) return Value();  // 1.0 in range(3): the generic iteration
      const Value index = IndexOf(AsRange(lhs), rhs);
      MICA_TRY(index);
      return Value::Bool(!index.IsNull());
    }
    default:
      return Value();
  }
}

// The length as a size_t for slices; OverflowError beyond it.
Value LengthAsSize(Value length, size_t* out) {
  intptr_t n;
  if (!ToWord(length, &n)) return RaiseOverflowError("Python int too large to convert to C ssize_t");
  *out = static_cast<size_t>(n);
  return Value::None();
}

Value RangeSubscript(Value self, Value index, Value value) {
  if (!value.IsNull()) {
    return RaiseFormat(&kTypeErrorType, value.IsUnbound() ? "'%T' object doesn't support item deletion"
                                                          : "'%T' object does not support item assignment",
                       self);
  }
  const RangeObject* range = AsRange(self);
  Words w;
  const bool words = GetWords(range, &w);
  if (words && index.IsSmallInt()) {
    size_t position = 0;
    MICA_TRY(NormalizeIndex(index, WordLength(w), "range object", &position));
    return NewInt(WordItem(w, position));
  }
  const Value length = LengthOf(range);
  MICA_TRY(length);
  if (IsSlice(index)) {
    size_t n = 0;
    MICA_TRY(LengthAsSize(length, &n));
    SliceBounds bounds;
    MICA_TRY(ResolveSlice(index, n, &bounds));
    // As CPython: range(start + i*step, start + j*step, step*k) for the slice's indices (i, j, k).
    const Value step = Multiply(range->step, NewInt(bounds.step));
    MICA_TRY(step);
    const Value start = ItemAt(range, NewInt(bounds.start));
    MICA_TRY(start);
    const Value stop = ItemAt(range, NewInt(bounds.stop));
    MICA_TRY(stop);
    return NewRangeOfInts(start, stop, step);
  }
  if (!IsInt(index)) {
    size_t position = 0;
    return NormalizeIndex(index, 0, "range object", &position);  // raises the TypeError
  }
  Value position = index;
  if (IntIsNegative(position)) {
    position = Add(position, length);
    MICA_TRY(position);
  }
  if (IntIsNegative(position) || IntCompare(position, length) >= 0) {
    return RaiseIndexError("range object index out of range");
  }
  return ItemAt(range, position);
}

// The iterator of ranges beyond machine words (the word case uses NewRangeIterator).
struct BigRangeIteratorObject {
  Object header;
  Value next;
  Value step;
  Value remaining;
};

Value BigRangeNext(Value self) {
  BigRangeIteratorObject* it = reinterpret_cast<BigRangeIteratorObject*>(self.AsObject());
  if (IntCompare(it->remaining, Value::SmallInt(0)) <= 0) return Value();
  const Value value = it->next;
  const Value next = Add(value, it->step);
  MICA_TRY(next);
  const Value remaining = Subtract(it->remaining, Value::SmallInt(1));
  MICA_TRY(remaining);
  it->next = next;
  it->remaining = remaining;
  return value;
}

constexpr Type kBigRangeIteratorType = {{&kTypeType}, names::range_iterator, 0,       nullptr, nullptr,
                                        nullptr,      nullptr,               nullptr, nullptr, nullptr,
                                        nullptr,      IteratorSelf,          BigRangeNext, MemberTable{nullptr, 0}};

Value RangeGetIter(Value self) {
  const RangeObject* range = AsRange(self);
  Words w;
  if (GetWords(range, &w)) return NewRangeIterator(w.start, w.step, WordLength(w));
  const Value length = LengthOf(range);
  MICA_TRY(length);
  Object* object = NewObject(&kBigRangeIteratorType, sizeof(BigRangeIteratorObject));
  if (object == nullptr) return Value::Exception();
  BigRangeIteratorObject* it = reinterpret_cast<BigRangeIteratorObject*>(object);
  it->next = range->start;
  it->step = range->step;
  it->remaining = length;
  return Value::FromObject(object);
}

Value RangeAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  const RangeObject* range = AsRange(self);
  switch (name) {
    case names::start: *value = range->start; return Value::None();
    case names::stop: *value = range->stop; return Value::None();
    case names::step: *value = range->step; return Value::None();
    default: return Value();
  }
}

Value RangeCount(const Value* args, uint32_t, uint32_t) {
  if (IsInt(args[1])) {
    const Value index = IndexOf(AsRange(args[0]), args[1]);
    MICA_TRY(index);
    return Value::SmallInt(index.IsNull() ? 0 : 1);
  }
  const Value found = Contains(args[0], args[1]);
  MICA_TRY(found);
  return Value::SmallInt(found.IsTrue() ? 1 : 0);
}

Value RangeIndex(const Value* args, uint32_t, uint32_t) {
  Value index;
  if (IsInt(args[1])) {
    index = IndexOf(AsRange(args[0]), args[1]);
    MICA_TRY(index);
  }
  if (index.IsNull()) return RaiseFormat(&kValueErrorType, "%R is not in range", args[1]);
  return index;
}

constexpr BuiltinFunction kRangeCount = MakeMethod(&kRangeType, names::count, 2, 2, RangeCount);
constexpr BuiltinFunction kRangeIndex = MakeMethod(&kRangeType, names::index, 2, 2, RangeIndex);
constexpr Member kRangeMembers[] = {{names::count, &kRangeCount.header}, {names::index, &kRangeIndex.header}};
static_assert(MembersSorted(kRangeMembers, 2), "sorted");

}  // namespace

constexpr Type kRangeType = {{&kTypeType}, names::range, 0,           nullptr,   RangeMakeNew, RangePrint,
                             nullptr,      RangeUnaryOp, RangeBinaryOp, RangeAttr, RangeSubscript, RangeGetIter,
                             nullptr,      MemberTable{kRangeMembers, 2}};

bool IsRange(Value v) { return v.IsObject() && v.AsObject()->type == &kRangeType; }

Value NewRange(intptr_t start, intptr_t stop, intptr_t step) {
  const Value start_value = NewInt(start);
  MICA_TRY(start_value);
  const Value stop_value = NewInt(stop);
  MICA_TRY(stop_value);
  const Value step_value = NewInt(step);
  MICA_TRY(step_value);
  return NewRangeOfInts(start_value, stop_value, step_value);
}

Value NewRangeOfInts(Value start, Value stop, Value step) {
  Value bounds[3] = {start, stop, step};
  for (Value& bound : bounds) {
    if (bound.IsBool()) bound = Value::SmallInt(bound.IsTrue() ? 1 : 0);
  }
  Object* object = NewObject(&kRangeType, sizeof(RangeObject));
  if (object == nullptr) return Value::Exception();
  RangeObject* range = reinterpret_cast<RangeObject*>(object);
  range->start = bounds[0];
  range->stop = bounds[1];
  range->step = bounds[2];
  return Value::FromObject(object);
}

Value RangeLength(Value range) { return LengthOf(AsRange(range)); }

Value RangeMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_kw != 0) return RaiseTypeError("range() takes no keyword arguments");
  if (n_pos == 0 || n_pos > 3) return RaiseFormat(&kTypeErrorType, "range expected at most 3 arguments, got %u", n_pos);
  Value values[3] = {Value::SmallInt(0), Value::SmallInt(0), Value::SmallInt(1)};
  for (uint32_t i = 0; i < n_pos; ++i) {
    Value bound = args[i];
    if (!IsInt(bound)) {
      intptr_t word;
      MICA_TRY(ToIndex(bound, &word));  // raises the TypeError
      bound = NewInt(word);
      MICA_TRY(bound);
    }
    values[n_pos == 1 ? 1 : i] = bound;
  }
  if (IntCompare(values[2], Value::SmallInt(0)) == 0) return RaiseValueError("range() arg 3 must not be zero");
  return NewRangeOfInts(values[0], values[1], values[2]);
}

}  // namespace mica
